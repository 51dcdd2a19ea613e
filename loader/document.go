package loader

import "github.com/geokg/geokg/graph"

// Document is one article as a reader found it.
type Document struct {
	// Origin names where the document came from, for error messages:
	// "examples/articles/lavrov.md", "feed.jsonl:12".
	Origin string
	// Article is the metadata; Article.ID is always set by the reader.
	Article graph.Article
	// Body is the article text without front matter, as UTF-8. Claim offsets
	// count bytes in Body.
	Body string
	// Claims, when not nil, holds events that an analyst or another extractor
	// already structured; such a document is stored as it is, not extracted.
	Claims *graph.Extraction
}
