// Command geokg loads news articles into a geopolitical event graph in
// Dgraph and serves it over GraphQL.
//
//	geokg serve [--addr HOST:PORT] [--data DIR | --dgraph URI] [--load PATH]...
//	geokg load  [--data DIR | --dgraph URI | --server URL] [--workers N] PATH...
//	geokg query [--data DIR | --dgraph URI] [--vars JSON] QUERY
//	geokg eval  --gold FILE --corpus FILE... [--plover FILE] [--petrarch FILE] [--json]
//	geokg code  [--date YYYY-MM-DD] [FILE...]
//	geokg extract PATH...
//
// --data DIR (default ./geokg-data) runs Dgraph in-process on DIR;
// --dgraph dgraph://HOST:PORT uses a cluster instead (dgo connection strings:
// user:password@, ?sslmode=require|verify-ca, ?namespace=N). --server URL
// loads through a running "geokg serve" (its POST /ingest), the way to add to
// a data directory that server holds.
//
// code codes sentences one a line (standard input by default) the way
// sentence-level coders such as PETRARCH do, printing one JSON object a line
// with each reading's PLOVER type, CAMEO code, parties, status and date.
//
// extract runs the extractor over articles as load would and prints their
// claims as a structured claims file (loader.ClaimsWriter) instead of
// storing them, for review before "geokg load" takes the corrected file.
//
// It may import every geokg package; nothing imports it.
package main
