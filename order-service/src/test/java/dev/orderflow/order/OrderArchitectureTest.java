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

	@ArchTest
	static final ArchRule featuresDoNotDependOnAdapters = noClasses().that()
		.resideInAnyPackage(MODEL, MONEY, ORDERING, CATALOGUE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..config..", "..messaging..", "org.springframework.web..",
				"org.springframework.http..");

	/** The use cases do not know how they are called or how their events travel. */
	@ArchTest
	static final ArchRule orderingDoesNotKnowItsAdapters = noClasses().that()
		.resideInAPackage(ORDERING)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.orderflow.platform.messaging..", "org.springframework.kafka..", "org.apache.kafka..",
				"org.springframework.web..", "org.springframework.http..", "org.springframework.security..");

	@ArchTest
	static final ArchRule webAndMessagingAdaptersAreIndependent = noClasses().that()
		.resideInAPackage(ORDERING + ".web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ORDERING + ".messaging..")
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..", "dev.orderflow.platform.messaging..");

	@ArchTest
	static final ArchRule messagingAdaptersDoNotServeHttp = noClasses().that()
		.resideInAPackage(ORDERING + ".messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ORDERING + ".web..", "org.springframework.web..", "org.springframework.http..");

	@ArchTest
	static final ArchRule catalogueDoesNotKnowOrders = noClasses().that()
		.resideInAPackage(CATALOGUE + "..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ORDERING + "..", MODEL);

	/** Public only what another package uses; each is named here. */
	@ArchTest
	static final ArchRule onlyEntryPointsArePublic = ServiceRules.onlyEntryPointsArePublic("Catalogue", "DuplicateSku",
			"IdempotencyKeyReused", "Money", "Order", "OrderApproved", "OrderCancelled", "OrderCannotChange",
			"OrderChangedConcurrently", "OrderCreated", "OrderEvent", "OrderEvents", "OrderId", "OrderLine",
			"OrderManagement", "OrderNotFound", "OrderPage", "OrderRejected", "OrderServiceApplication", "OrderStatus",
			"PlacedOrder", "Product", "ProductChange", "ProductChangedConcurrently", "ProductNotFound", "ProductPage",
			"ProductVersionMismatch", "RejectionReason", "RequestedItem", "Requester", "SystemCurrency", "Transition",
			"UnorderableItems", "WrongCurrency");

}
