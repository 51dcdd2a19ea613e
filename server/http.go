package server

import (
	"context"
	"embed"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

//go:embed playground
var playground embed.FS

// MaxComplexity bounds how much one query may ask for (each field counts
// one), so that one request cannot tie up the store.
const MaxComplexity = 5000

// GraphQL returns the GraphQL endpoint alone, for services that mount it on
// their own mux: POST and GET requests, introspection, parsed queries cached,
// and one DQL request per operation.
func GraphQL(store *graph.Store) http.Handler {
	return newGraphQL(store, nil)
}

func newGraphQL(store *graph.Store, m *metrics) *handler.Server {
	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{Store: store}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(MaxComplexity))
	srv.AroundOperations(withBatch)
	if m != nil {
		srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
			start := time.Now()
			resp := next(ctx)
			m.observe(resp, time.Since(start))
			return resp
		})
	}
	return srv
}

// site is geokg's whole HTTP surface.
type site struct {
	store     *graph.Store
	extractor func() *loader.Extractor
	metrics   *metrics
}

// Handler returns geokg's whole HTTP surface:
//
//	/          the GraphQL playground (self-contained: no internet needed)
//	/graphql   the API
//	/ingest    POST an input file to load it (see ingest)
//	/healthz   200 while the store answers, 503 otherwise
//	/metrics   Prometheus metrics
func Handler(store *graph.Store) http.Handler {
	h := &site{
		store:     store,
		extractor: sync.OnceValue(loader.NewExtractor), // its gazetteer loads on first ingest
		metrics:   newMetrics(store),
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", newGraphQL(store, h.metrics))
	mux.HandleFunc("POST /ingest", h.ingest)
	mux.HandleFunc("GET /healthz", h.health)
	mux.Handle("GET /metrics", h.metrics.handler())
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, playground, "playground/index.html")
	})
	return mux
}

func (h *site) health(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := h.store.Ping(ctx); err != nil {
		http.Error(w, "store unavailable: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok\n"))
}
