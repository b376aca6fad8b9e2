package dev.orderflow.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of STYLE.md: by feature, adapters at the edge, wiring in config. */
@AnalyzeClasses(packages = "dev.orderflow.user", importOptions = ImportOption.DoNotIncludeTests.class)
class UserArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	/**
	 * A feature's own configuration class reads the service's settings; nothing else
	 * does.
	 */
	@ArchTest
	static final ArchRule featuresDoNotDependOnAdapters = noClasses().that()
		.resideInAnyPackage("dev.orderflow.user.account", "dev.orderflow.user.credit", "dev.orderflow.user.auth",
				"dev.orderflow.user.auth.keys")
		.and()
		.areNotAnnotatedWith(Configuration.class)
		.and()
		.areNotAnnotatedWith(ConfigurationProperties.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..config..", "dev.orderflow.user..messaging..", "org.springframework.web..",
				"org.springframework.http..");

	@ArchTest
	static final ArchRule domainValuesAreFreeOfSpring = noClasses().that()
		.resideInAnyPackage("dev.orderflow.user.account", "dev.orderflow.user.credit")
		.and()
		.areNotAnnotatedWith(Service.class)
		.and()
		.areNotAnnotatedWith(Repository.class)
		.and()
		.areNotAssignableTo(ApplicationRunner.class)
		.and()
		.areNotAnnotatedWith(Configuration.class)
		.and()
		.areNotAnnotatedWith(ConfigurationProperties.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

	/** Public only what another package uses; each is named here. */
	@ArchTest
	static final ArchRule onlyEntryPointsArePublic = ServiceRules.onlyEntryPointsArePublic("Account", "AccountChange",
			"AccountEvents", "AccountPage", "AccountSuspended", "Authenticator", "CreditAccount", "CreditAccounts",
			"CreditDecision", "CreditEvents", "CreditLine", "CreditPolicy", "EmailAlreadyRegistered",
			"InvalidCredentials", "InvalidRefreshToken", "LimitBelowReservedCredit", "Role", "SigningKeys", "TokenPair",
			"TokenSettings", "User", "UserManagement", "UserNotFound", "UserServiceApplication", "UserStatus", "Users",
			"WrongCurrency");

}
