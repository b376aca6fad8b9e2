package dev.orderflow.deployment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.JSON;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Rendered Kubernetes objects, checked strictly against the API's models as published by
 * the official Kubernetes Java client (generated from the API server's OpenAPI document):
 * an unknown or misspelled field, a missing required field, a value of the wrong type, or
 * a kind in the wrong API group is a violation. This is what {@code kubectl apply} would
 * reject on a real server, and what {@code kubectl kustomize} alone lets through.
 */
public final class KubernetesObjects {

	private static final String MODELS = "io.kubernetes.client.openapi.models.";

	/** The API group of every kind we deploy; a kind not listed is a violation. */
	private static final Map<String, String> GROUPS = Map.ofEntries(Map.entry("Namespace", ""),
			Map.entry("ConfigMap", ""), Map.entry("Secret", ""), Map.entry("Service", ""),
			Map.entry("ServiceAccount", ""), Map.entry("PersistentVolumeClaim", ""), Map.entry("Deployment", "apps"),
			Map.entry("StatefulSet", "apps"), Map.entry("HorizontalPodAutoscaler", "autoscaling"),
			Map.entry("PodDisruptionBudget", "policy"), Map.entry("Ingress", "networking.k8s.io"),
			Map.entry("NetworkPolicy", "networking.k8s.io"), Map.entry("Role", "rbac.authorization.k8s.io"),
			Map.entry("RoleBinding", "rbac.authorization.k8s.io"));

	private static final Gson GSON = new Gson();

	private KubernetesObjects() {
	}

	/**
	 * Parses the output of {@code kubectl kustomize}.
	 * @param rendered YAML documents
	 * @return each object as a tree of maps and lists
	 */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> parse(String rendered) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(rendered)) {
			if (document != null) {
				objects.add((Map<String, Object>) document);
			}
		}
		return objects;
	}

	/**
	 * What is wrong with one object, if anything.
	 * @param object the object
	 * @return the violations, each naming the object; empty when it is valid
	 */
	public static List<String> violations(Map<String, Object> object) {
		String kind = String.valueOf(object.get("kind"));
		String apiVersion = String.valueOf(object.get("apiVersion"));
		String name = kind + " " + name(object);
		String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
		String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
		if (!GROUPS.containsKey(kind)) {
			return List.of(name + ": no schema for kind " + kind + " (add it to KubernetesObjects if it is meant)");
		}
		if (!GROUPS.get(kind).equals(group)) {
			return List.of(name + ": apiVersion " + apiVersion + " is not in group '" + GROUPS.get(kind) + "'");
		}
		Class<?> model;
		try {
			model = Class.forName(MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind);
		}
		catch (ClassNotFoundException ex) {
			return List.of(name + ": " + apiVersion + " " + kind + " does not exist in Kubernetes "
					+ "(or is no longer served)");
		}
		JsonElement json = GSON.toJsonTree(object);
		try {
			Method validate = model.getMethod("validateJsonElement", JsonElement.class);
			validate.invoke(null, json);
			// types: numbers where numbers belong, quantities that parse, and so on
			JSON.deserialize(json.toString(), model);
			return List.of();
		}
		catch (InvocationTargetException ex) {
			return List.of(name + ": " + firstLine(ex.getCause().getMessage()));
		}
		catch (RuntimeException ex) {
			return List.of(name + ": " + firstLine(ex.getMessage()));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The object's {@code metadata.name}.
	 * @param object the object
	 * @return its name
	 */
	@SuppressWarnings("unchecked")
	public static String name(Map<String, Object> object) {
		Object metadata = object.get("metadata");
		return (metadata instanceof Map<?, ?> map) ? String.valueOf(((Map<String, Object>) map).get("name")) : "?";
	}

	// the models quote the whole JSON after the reason; the reason is enough
	private static String firstLine(String message) {
		String text = String.valueOf(message);
		int json = text.indexOf(" JSON: ");
		return (json > 0) ? text.substring(0, json) : text;
	}

}
