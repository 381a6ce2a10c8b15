#pragma once

#include <QLatin1StringView>

namespace chainscope::oci::mediatype {

inline constexpr QLatin1StringView OciManifest{"application/vnd.oci.image.manifest.v1+json"};
inline constexpr QLatin1StringView OciIndex{"application/vnd.oci.image.index.v1+json"};
inline constexpr QLatin1StringView OciConfig{"application/vnd.oci.image.config.v1+json"};
inline constexpr QLatin1StringView OciLayerTarGzip{"application/vnd.oci.image.layer.v1.tar+gzip"};
inline constexpr QLatin1StringView OciLayerTar{"application/vnd.oci.image.layer.v1.tar"};
inline constexpr QLatin1StringView OciEmpty{"application/vnd.oci.empty.v1+json"};
inline constexpr QLatin1StringView DockerManifest{"application/vnd.docker.distribution.manifest.v2+json"};
inline constexpr QLatin1StringView DockerManifestList{"application/vnd.docker.distribution.manifest.list.v2+json"};
inline constexpr QLatin1StringView DockerConfig{"application/vnd.docker.container.image.v1+json"};
inline constexpr QLatin1StringView DockerSchema1{"application/vnd.docker.distribution.manifest.v1+json"};
inline constexpr QLatin1StringView DockerSchema1Signed{"application/vnd.docker.distribution.manifest.v1+prettyjws"};
inline constexpr QLatin1StringView CosignSimpleSigning{"application/vnd.dev.cosign.simplesigning.v1+json"};
inline constexpr QLatin1StringView DsseEnvelope{"application/vnd.dsse.envelope.v1+json"};
inline constexpr QLatin1StringView SigstoreBundle{"application/vnd.dev.sigstore.bundle.v0.3+json"};

} // namespace chainscope::oci::mediatype
