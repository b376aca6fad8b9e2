package dev.orderflow.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules: by feature, each feature's adapters and wiring beside it,
 * package-private by default.
 */
@AnalyzeClasses(packages = "dev.orderflow.user", importOptions = ImportOption.DoNotIncludeTests.class)
class UserArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	private static final String[] FEATURES = { "dev.orderflow.user.account", "dev.orderflow.user.credit",
			"dev.orderflow.user.auth", "dev.orderflow.user.auth.keys" };

	/**
	 * A feature's own configuration class reads the service's settings; nothing else
	 * does.
	 */
	@ArchTest
	static final ArchRule featuresDoNotDependOnTheirWiring = noClasses().that()
		.resideInAnyPackage(FEATURES)
		.and()
		.areNotAnnotatedWith(Configuration.class)
		.and()
		.areNotAnnotatedWith(ConfigurationProperties.class)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.orderflow.user.config..");

	/**
	 * The controllers, listeners and outbox writers sit in their feature's package,
	 * package-private beside the use cases they call; the use cases themselves do not
	 * know how they are called or how their events travel.
	 */
	@ArchTest
	static final ArchRule useCasesDoNotKnowTheirAdapters = ServiceRules.useCasesDoNotKnowTheirAdapters(FEATURES);

	/**
	 * The values (users, credit lines, tokens, requests and views) are plain Java: only
	 * the Spring beans beside them (annotated with a {@code @Component} stereotype) and
	 * the settings records touch Spring.
	 */
	@ArchTest
	static final ArchRule valuesAreFreeOfSpring = noClasses().that()
		.resideInAnyPackage("dev.orderflow.user.account", "dev.orderflow.user.credit")
		.and()
		.areNotMetaAnnotatedWith(Component.class)
		.and()
		.areNotAssignableTo(ApplicationRunner.class)
		.and()
		.areNotAnnotatedWith(ConfigurationProperties.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

	/** Public only what another package uses; each is named here. */
	@ArchTest
	static final ArchRule onlyEntryPointsArePublic = ServiceRules.onlyEntryPointsArePublic("CreditAccount",
			"CreditAccounts", "CreditPolicy", "Role", "SigningKeys", "TokenSettings", "User", "UserServiceApplication",
			"Users");

}
