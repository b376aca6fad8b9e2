package dev.orderflow.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules: by feature, the model plain Java, adapters at the edge, each
 * feature's settings and wiring beside it, package-private by default.
 */
@AnalyzeClasses(packages = "dev.orderflow.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	private static final String MODEL = "dev.orderflow.notification.model..";

	private static final String CENTER = "dev.orderflow.notification.center..";

	private static final String CONTACTS = "dev.orderflow.notification.contact..";

	/**
	 * What a notification is and says is plain Java, without exemptions (ddd-by-examples'
	 * NoSpringInDomainLogicTest): no framework, no persistence, no other feature.
	 */
	@ArchTest
	static final ArchRule theModelIsPlainJava = noClasses().that()
		.resideInAPackage(MODEL)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.r2dbc..", "tools.jackson..", "reactor..", "jakarta..",
				"io.micrometer..", "org.apache.kafka..", "dev.orderflow.platform..")
		.orShould()
		.dependOnClassesThat(resideInAPackage("dev.orderflow.notification..").and(resideOutsideOfPackage(MODEL)));

	@ArchTest
	static final ArchRule featuresDoNotDependOnAdapters = noClasses().that()
		.resideInAnyPackage(MODEL, CENTER, CONTACTS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..config..", "..messaging..", "..email..", "org.springframework.web..",
				"org.springframework.http..", "org.springframework.kafka..", "org.apache.kafka..");

	@ArchTest
	static final ArchRule webAndMessagingAdaptersAreIndependent = noClasses().that()
		.resideInAPackage("dev.orderflow.notification.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.orderflow.notification.messaging..", "org.springframework.kafka..",
				"org.apache.kafka..", "dev.orderflow.platform.messaging..");

	@ArchTest
	static final ArchRule messagingAdaptersDoNotServeHttp = noClasses().that()
		.resideInAPackage("dev.orderflow.notification.messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.orderflow.notification.web..", "org.springframework.web..",
				"org.springframework.http..");

	/** Email goes out in the background only, never from a listener or a request. */
	@ArchTest
	static final ArchRule nothingButTheEmailFeatureSendsMail = noClasses().that()
		.resideOutsideOfPackages("dev.orderflow.notification.email..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..", "dev.orderflow.notification.email..");

	/** Public only what another package uses; each is named here. */
	@ArchTest
	static final ArchRule onlyEntryPointsArePublic = ServiceRules.onlyEntryPointsArePublic("Amount", "Delivery",
			"DeliveryStatus", "LiveNotifications", "NewNotification", "Notification", "NotificationCenter",
			"NotificationFeed", "NotificationNotFound", "NotificationPage", "NotificationServiceApplication",
			"NotificationType", "Notifications", "Preferences", "StreamSettings", "UserContact", "UserContacts",
			"UserPreferences");

}
