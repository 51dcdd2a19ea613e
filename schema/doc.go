// Package schema holds geokg's schemas as embedded files, so that every
// binary carries the schema it was built with:
//
//   - schema.graphql, the GraphQL API (gqlgen generates server code from it);
//   - dgraph.schema, the DQL predicates, indexes and types graph applies on open;
//   - ontology.tsv, the PLOVER event types and modes geokg uses, their CAMEO
//     codes and the verbs that read an event as an edge.
//
// schema imports nothing of geokg.
package schema
