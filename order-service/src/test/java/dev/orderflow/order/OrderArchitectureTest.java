package dev.orderflow.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of STYLE.md: by feature, adapters at the edge, wiring in config. */
@AnalyzeClasses(packages = "dev.orderflow.order", importOptions = ImportOption.DoNotIncludeTests.class)
class OrderArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	private static final String ORDERS = "dev.orderflow.order.order";

	private static final String CATALOGUE = "dev.orderflow.order.catalogue";

	private static final String MONEY = "dev.orderflow.order.money";

	@ArchTest
	static final ArchRule featuresDoNotDependOnAdapters = noClasses().that()
		.resideInAnyPackage(ORDERS, CATALOGUE, MONEY)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..config..", "..messaging..", "org.springframework.web..",
				"org.springframework.http..");

	/**
	 * The order aggregate and its values are plain Java, like library's
	 * NoSpringInDomainLogicTest; repositories, application services and jobs that live
	 * next to them are Spring beans and exempt.
	 */
	@ArchTest
	static final ArchRule orderDomainIsPlainJava = noClasses().that()
		.resideInAnyPackage(ORDERS, MONEY)
		.and()
		.areNotAnnotatedWith(Service.class)
		.and()
		.areNotAnnotatedWith(Repository.class)
		.and()
		.areNotAnnotatedWith(Component.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.r2dbc..", "tools.jackson..", "com.fasterxml.jackson..",
				"org.apache.kafka..", "jakarta..", "io.micrometer..", "dev.orderflow.platform..");

	/**
	 * Ports (interfaces the adapters implement, such as {@code OrderEvents}) speak
	 * Reactor, because their adapters are reactive; the aggregate and its values do not.
	 */
	@ArchTest
	static final ArchRule onlyPortsOfTheOrderDomainAreReactive = noClasses().that()
		.resideInAnyPackage(ORDERS, MONEY)
		.and()
		.areNotInterfaces()
		.and()
		.areNotAnnotatedWith(Service.class)
		.and()
		.areNotAnnotatedWith(Repository.class)
		.and()
		.areNotAnnotatedWith(Component.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("reactor..");

	/** The use cases do not know how they are called or how their events travel. */
	@ArchTest
	static final ArchRule orderDomainDoesNotKnowItsAdapters = noClasses().that()
		.resideInAPackage(ORDERS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ORDERS + ".web..", ORDERS + ".messaging..", "dev.orderflow.order.web..",
				"dev.orderflow.platform.messaging..", "org.springframework.kafka..", "org.apache.kafka..",
				"org.springframework.web..", "org.springframework.http..", "org.springframework.security..");

	@ArchTest
	static final ArchRule webAndMessagingAdaptersAreIndependent = noClasses().that()
		.resideInAPackage(ORDERS + ".web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ORDERS + ".messaging..")
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..", "dev.orderflow.platform.messaging..");

	@ArchTest
	static final ArchRule messagingAdaptersDoNotServeHttp = noClasses().that()
		.resideInAPackage(ORDERS + ".messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ORDERS + ".web..", "org.springframework.web..", "org.springframework.http..");

	@ArchTest
	static final ArchRule catalogueDoesNotKnowOrders = noClasses().that()
		.resideInAPackage(CATALOGUE + "..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ORDERS + "..");

	@ArchTest
	static final ArchRule wiringLivesInConfig = classes().that()
		.areAnnotatedWith(Configuration.class)
		.should()
		.resideInAPackage("..config..");

}
