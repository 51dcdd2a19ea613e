// Package server serves geokg's GraphQL API over HTTP: the gqlgen executor
// generated from schema/schema.graphql, thin resolvers over graph.Store, and
// the HTTP wiring around them: the playground at /, /graphql, /healthz.
//
// Reads are batched per operation: the first root resolver to run compiles
// the whole operation's selection into one graph.Query, that is one DQL
// request, and every resolver below reads from its result.
//
// server imports graph and schema, never the other way round.
package server

//go:generate go tool gqlgen generate
