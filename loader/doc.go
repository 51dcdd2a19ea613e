// Package loader turns input files into graph.Extractions: it reads articles
// (text or Markdown with front matter, HTML pages, JSON Lines feeds,
// structured claims), splits their text into sentences, finds the entities
// and events they state with a gazetteer and general rules, and resolves
// dates and statuses.
//
// loader imports graph (for the types it produces) and nothing else of geokg;
// it does not write to Dgraph itself: callers hand its output to graph.Store.
package loader
