package dev.orderflow.order.catalogue;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.orderflow.platform.web.PageView;

/**
 * The catalogue: browsing for anyone, changes for administrators (roles are enforced in
 * the security configuration).
 */
@RestController
@RequestMapping("/api/products")
class ProductController {

	private final Catalogue catalogue;

	ProductController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	Mono<PageView<ProductView>> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.catalogue.activeProducts(page, size)
			.map((result) -> new PageView<>(result.items().stream().map(ProductView::of).toList(), result.page(),
					result.size(), result.totalItems()));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ProductView>> one(@PathVariable UUID id) {
		return this.catalogue.product(id)
			.map((product) -> ResponseEntity.ok().eTag(ProductVersions.tag(product)).body(ProductView.of(product)));
	}

	@PostMapping
	Mono<ResponseEntity<ProductView>> add(@Valid @RequestBody NewProductRequest request) {
		return this.catalogue.add(request.sku(), request.name(), request.price().toMoney())
			.map((product) -> ResponseEntity.created(URI.create("/api/products/" + product.id()))
				.eTag(ProductVersions.tag(product))
				.body(ProductView.of(product)));
	}

	@PatchMapping("/{id}")
	Mono<ResponseEntity<ProductView>> change(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ChangeProductRequest request) {
		return this.catalogue.change(id, request.toChange(), ProductVersions.expected(ifMatch))
			.map((product) -> ResponseEntity.ok().eTag(ProductVersions.tag(product)).body(ProductView.of(product)));
	}

}
