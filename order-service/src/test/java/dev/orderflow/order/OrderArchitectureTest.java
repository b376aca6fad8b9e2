package dev.orderflow.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules: by feature, the order model plain Java, adapters at the edge, each
 * feature's settings beside it, package-private by default.
 */
@AnalyzeClasses(packages = "dev.orderflow.order", importOptions = ImportOption.DoNotIncludeTests.class)
class OrderArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	private static final String MODEL = "dev.orderflow.order.model..";

	private static final String MONEY = "dev.orderflow.order.money..";

	private static final String ORDERING = "dev.orderflow.order.ordering";

	private static final String CATALOGUE = "dev.orderflow.order.catalogue";

	/**
	 * The order aggregate, its values and money are plain Java, without exemptions
	 * (ddd-by-examples' NoSpringInDomainLogicTest): no framework, no Reactor, no
	 * persistence, no other feature.
	 */
	@ArchTest
	static final ArchRule theModelIsPlainJava = noClasses().that()
		.resideInAnyPackage(MODEL, MONEY)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..",
				"com.fasterxml.jackson..", "org.apache.kafka..", "jakarta..", "io.micrometer..",
				"dev.orderflow.platform..")
		.orShould()
		.dependOnClassesThat(resideInAPackage("dev.orderflow.order..").and(resideOutsideOfPackages(MODEL, MONEY)));

	/** No feature reaches into the application-wide wiring. */
	@ArchTest
	static final ArchRule featuresDoNotDependOnTheirWiring = noClasses().that()
		.resideInAnyPackage(MODEL, MONEY, ORDERING, CATALOGUE)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.orderflow.order.config..");

	/**
	 * The controllers, listeners and outbox writers sit in their feature's package,
	 * package-private beside the use cases they call; the use cases themselves do not
	 * know how they are called, how their events travel, or who is signed in.
	 */
	@ArchTest
	static final ArchRule useCasesDoNotKnowTheirAdapters = ServiceRules.useCasesDoNotKnowTheirAdapters(ORDERING,
			CATALOGUE);

	@ArchTest
	static final ArchRule catalogueDoesNotKnowOrders = noClasses().that()
		.resideInAPackage(CATALOGUE + "..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ORDERING, MODEL);

	/** Public only what another package uses; each is named here. */
	@ArchTest
	static final ArchRule onlyEntryPointsArePublic = ServiceRules.onlyEntryPointsArePublic("Catalogue", "Money",
			"Order", "OrderApproved", "OrderCancelled", "OrderCannotChange", "OrderCreated", "OrderEvent", "OrderId",
			"OrderLine", "OrderRejected", "OrderServiceApplication", "OrderStatus", "Product", "RejectionReason",
			"SystemCurrency", "Transition", "WrongCurrency");

}
