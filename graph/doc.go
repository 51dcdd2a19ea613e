// Package graph holds geokg's domain types (Entity, Event, Claim, Article, Role)
// and Store, the only code that talks to Dgraph.
//
// A Store is opened on a URI: file://DIR runs Dgraph's engine in-process
// (modusgraph), dgraph://HOST:PORT connects to a cluster with dgo. Both paths
// hand out the same *dgo.Dgraph, so every read and write below is written
// once. Writes take one Extraction (one article and what was read from it)
// and store it in one transaction, keyed by stable xids so that loading the
// same article again changes nothing. Reads compile a Selection, a neutral
// tree of the fields a caller wants, into a single DQL request whose values
// all travel as DQL variables.
//
// graph may import schema and nothing else of geokg: loader and server sit
// above it and hand it data, never the other way round.
package graph
