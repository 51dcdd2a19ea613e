package server

import (
	"context"
	"embed"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/geokg/geokg/graph"
)

//go:embed playground
var playground embed.FS

// MaxComplexity bounds how much one query may ask for (each field counts
// one), so that one request cannot tie up the store.
const MaxComplexity = 5000

// GraphQL returns the GraphQL endpoint alone, for services that mount it on
// their own mux: POST and GET requests, introspection, persisted query
// parsing cached, and one DQL request per operation.
func GraphQL(store *graph.Store) http.Handler {
	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{Store: store}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(MaxComplexity))
	srv.AroundOperations(withBatch)
	return srv
}

// Handler returns geokg's whole HTTP surface:
//
//	/          the GraphQL playground (self-contained: no internet needed)
//	/graphql   the API
//	/healthz   200 while the store answers, 503 otherwise
func Handler(store *graph.Store) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", GraphQL(store))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			http.Error(w, "store unavailable: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, playground, "playground/index.html")
	})
	return mux
}
