package dev.orderflow.notification;

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
@AnalyzeClasses(packages = "dev.orderflow.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	private static final String NOTIFICATIONS = "dev.orderflow.notification.notification";

	private static final String CONTACTS = "dev.orderflow.notification.contact";

	@ArchTest
	static final ArchRule featuresDoNotDependOnAdapters = noClasses().that()
		.resideInAnyPackage(NOTIFICATIONS, CONTACTS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..config..", "..messaging..", "..email..", "org.springframework.web..",
				"org.springframework.http..", "org.springframework.kafka..", "org.apache.kafka..");

	/**
	 * What a notification is and says is plain Java; the repositories and application
	 * service next to it are Spring beans and exempt (with their anonymous callbacks).
	 */
	@ArchTest
	static final ArchRule notificationValuesArePlainJava = noClasses().that()
		.resideInAnyPackage(NOTIFICATIONS, CONTACTS)
		.and()
		.areNotAnnotatedWith(Service.class)
		.and()
		.areNotAnnotatedWith(Repository.class)
		.and()
		.areNotAnnotatedWith(Component.class)
		.and()
		.areNotAnonymousClasses()
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.r2dbc..", "tools.jackson..", "reactor..", "jakarta..",
				"io.micrometer..", "dev.orderflow.platform..");

	@ArchTest
	static final ArchRule webAndMessagingAdaptersAreIndependent = noClasses().that()
		.resideInAPackage(NOTIFICATIONS + ".web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(NOTIFICATIONS + ".messaging..", "org.springframework.kafka..", "org.apache.kafka..",
				"dev.orderflow.platform.messaging..");

	@ArchTest
	static final ArchRule messagingAdaptersDoNotServeHttp = noClasses().that()
		.resideInAPackage(NOTIFICATIONS + ".messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(NOTIFICATIONS + ".web..", "org.springframework.web..", "org.springframework.http..");

	/** Email goes out in the background only, never from a listener or a request. */
	@ArchTest
	static final ArchRule nothingButTheEmailFeatureSendsMail = noClasses().that()
		.resideOutsideOfPackages("dev.orderflow.notification.email..", "dev.orderflow.notification.config..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..", "dev.orderflow.notification.email..");

	@ArchTest
	static final ArchRule wiringLivesInConfig = classes().that()
		.areAnnotatedWith(Configuration.class)
		.should()
		.resideInAPackage("..config..");

}
