package dev.orderflow.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "dev.orderflow.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

	private static final String[] FEATURES = { "..gateway.routing..", "..gateway.security..", "..gateway.ratelimit..",
			"..gateway.resilience..", "..gateway.web.." };

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.orderflow.gateway.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule featuresAreIndependentOfEachOther = slices().matching("dev.orderflow.gateway.(*)..")
		.should()
		.notDependOnEachOther()
		.ignoreDependency(resideInAPackage("..gateway.config.."), alwaysTrue());

	@ArchTest
	static final ArchRule featuresDoNotKnowTheirConfiguration = noClasses().that()
		.resideInAnyPackage(FEATURES)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..gateway.config..");

	@ArchTest
	static final ArchRule featureClassesArePlainAndWiredInConfig = noClasses().that()
		.resideInAnyPackage(FEATURES)
		.should()
		.beMetaAnnotatedWith(Component.class)
		.orShould()
		.beMetaAnnotatedWith(Configuration.class);

	@ArchTest
	static final ArchRule configurationLivesInConfig = classes().that()
		.areAnnotatedWith(Configuration.class)
		.or()
		.areAnnotatedWith(ConfigurationProperties.class)
		.or()
		.implement(EnvironmentPostProcessor.class)
		.should()
		.resideInAPackage("..gateway.config..");

	@ArchTest
	static final ArchRule settingsAreBoundNotInjectedAsStrings = noClasses().should()
		.dependOnClassesThat()
		.areAssignableTo(Value.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(Autowired.class);

	@ArchTest
	static final ArchRule noServiceImportsAnotherServicesClasses = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.orderflow.user..", "dev.orderflow.order..", "dev.orderflow.notification..",
				"dev.orderflow.discovery..");

	@ArchTest
	static final ArchRule onlyTheApplicationClassSitsInTheRootPackage = classes().that()
		.resideInAPackage("dev.orderflow.gateway")
		.should()
		.haveSimpleName("GatewayApplication")
		.orShould()
		.haveSimpleName("package-info");

}
