package dev.orderflow.testsupport.architecture;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service keeps, whatever its features (each field an
 * {@code @ArchTest}, so that ArchUnit runs it where it is included): include them in a
 * service's ArchUnit test with
 * {@code @ArchTest static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);}
 * and add the service's own rules beside them.
 */
public final class ServiceRules {

	/** A service's own package: {@code dev.orderflow.<service>}, and what is below it. */
	private static final Pattern SERVICE = Pattern
		.compile("dev\\.orderflow\\.(user|order|notification|gateway|discovery)(\\..*)?");

	private ServiceRules() {
	}

	/** Services share infrastructure (platform/) only, never each other's classes. */
	@ArchTest
	public static final ArchRule doesNotDependOnOtherServices = classes()
		.should(new ArchCondition<JavaClass>("not depend on another service's classes") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = serviceOf(item);
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					String target = serviceOf(dependency.getTargetClass());
					if (own != null && target != null && !own.equals(target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		});

	/**
	 * The features of a service ({@code dev.orderflow.<service>.<feature>}) form no
	 * cycle.
	 */
	@ArchTest
	public static final ArchRule featuresAreFreeOfCycles = slices().matching("dev.orderflow.*.(*)..")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(true);

	@ArchTest
	public static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
		.should()
		.resideInAPackage("..web..")
		.allowEmptyShould(true);

	@ArchTest
	public static final ArchRule listenersLiveInMessagingPackages = methods().that()
		.areAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")
		.should()
		.beDeclaredInClassesThat()
		.resideInAPackage("..messaging..")
		.allowEmptyShould(true);

	/**
	 * Package-private by default: a type is public only when another package really uses
	 * it, and then it is named here, so that making one public is a decision that shows
	 * in review.
	 * @param entryPoints the simple names of the service's public types
	 * @return the rule
	 */
	public static ArchRule onlyEntryPointsArePublic(String... entryPoints) {
		Set<String> allowed = Set.of(entryPoints);
		return classes().that()
			.arePublic()
			.and()
			.areTopLevelClasses()
			.should(new ArchCondition<JavaClass>("be one of the service's entry points " + allowed) {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					if (!allowed.contains(item.getSimpleName())) {
						events.add(SimpleConditionEvent.violated(item, item.getName()
								+ " is public but not an entry point: make it package-private, or list it"));
					}
				}
			})
			.allowEmptyShould(true);
	}

	private static String serviceOf(JavaClass type) {
		Matcher matcher = SERVICE.matcher(type.getPackageName());
		return matcher.matches() ? matcher.group(1) : null;
	}

}
