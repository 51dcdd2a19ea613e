package server

import (
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/geokg/geokg/graph"
)

// metrics are the server's Prometheus metrics, in a registry of their own so
// that /metrics shows geokg's and not those of the libraries it embeds.
type metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.CounterVec
	duration   prometheus.Histogram
	articles   prometheus.Counter
}

func newMetrics(store *graph.Store) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geokg_graphql_operations_total",
			Help: "GraphQL operations answered, by outcome (ok, error).",
		}, []string{"outcome"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "geokg_graphql_duration_seconds",
			Help:    "Time to answer a GraphQL operation.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
		articles: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "geokg_ingested_articles_total",
			Help: "Articles stored through POST /ingest.",
		}),
	}
	reads := prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "geokg_dql_reads_total",
		Help: "DQL read requests sent to Dgraph: one per GraphQL operation that reads the graph.",
	}, func() float64 { return float64(store.Reads()) })
	m.registry.MustRegister(m.operations, m.duration, m.articles, reads)
	return m
}

func (m *metrics) observe(resp *graphql.Response, took time.Duration) {
	outcome := "ok"
	if resp != nil && len(resp.Errors) > 0 {
		outcome = "error"
	}
	m.operations.WithLabelValues(outcome).Inc()
	m.duration.Observe(took.Seconds())
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}
