# syntax=docker/dockerfile:1

# geokg in a container. Alone it serves the embedded store in /data:
#   docker build -t geokg . && docker run -p 8080:8080 -v geokg-data:/data geokg
# With Dgraph zero + alpha, see docker-compose.yml.

# The builder and the runtime are both Debian 13 (trixie): the binary links
# glibc dynamically (Dgraph's engine uses cgo to read the machine's memory
# size), so the runtime's glibc must be at least as new as the builder's.
FROM golang:1.26-trixie AS build
WORKDIR /src
# Modules first, in their own layer, so that a source change does not
# download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# -buildvcs=false: the context may hold a .git that is partial or owned by
# another user, which would fail the build for the sake of a version stamp.
RUN --mount=type=cache,target=/root/.cache/go-build \
    go build -buildvcs=false -trimpath -ldflags="-s -w" -o /out/geokg ./cmd/geokg \
 && mkdir -p /out/data

# base (not static): glibc and CA certificates, no shell; runs as uid 65532.
FROM gcr.io/distroless/base-debian13:nonroot
COPY --from=build /out/geokg /geokg
COPY examples/ /examples/
# The embedded store's default directory is ./geokg-data; /data is the
# working directory and must be writable by the nonroot user.
COPY --from=build --chown=65532:65532 /out/data /data
WORKDIR /data
EXPOSE 8080
ENTRYPOINT ["/geokg"]
CMD ["serve", "--addr", ":8080", "--load", "/examples/articles"]
