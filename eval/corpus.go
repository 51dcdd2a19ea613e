package eval

import (
	"errors"
	"fmt"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// ErrExtract marks a warning from Extract about an article the extractor
// failed on, as opposed to a corpus line that could not be read; callers
// that must fail on extractor defects test for it with errors.Is.
var ErrExtract = errors.New("extraction failed")

// Extract reads the corpora with loader.Read, as "geokg load" does, and
// runs x on each article that gold annotates; the others are read but not
// extracted. Where several records carry one id, the first is used. A
// claims file (.json) among the corpora is scored as it is, not extracted.
//
// A corpus file that cannot be read at all, or a gold article that no
// corpus holds, is an error (naming every such article): scoring without
// them would credit or blame the extractor for articles it never saw.
// Corpus records that are not valid articles are skipped: real corpora hold
// many (the Wikinews dump has hundreds with no text), and only a gold one
// matters, which then is missing, and the error says how many records were
// skipped and which first. An article the extractor fails on goes to warn,
// wrapped in ErrExtract, and is left out of the result, so that its gold
// events count as missed. warn may be nil.
func Extract(x *loader.Extractor, gold []GoldArticle, corpora []string, warn func(error)) (map[string]*graph.Extraction, error) {
	if warn == nil {
		warn = func(error) {}
	}
	wanted := make(map[string]bool, len(gold))
	for _, g := range gold {
		wanted[g.ID] = true
	}
	found := map[string]bool{}
	out := map[string]*graph.Extraction{}
	var skipped []error
	for _, path := range corpora {
		for doc, err := range loader.Read(path, x.Resolve) {
			if err != nil {
				if ie, ok := errors.AsType[*loader.InputError](err); ok && ie.Line == 0 {
					return nil, fmt.Errorf("corpus: %w", err)
				}
				skipped = append(skipped, err)
				continue
			}
			id := doc.Article.ID
			if !wanted[id] || found[id] {
				continue
			}
			found[id] = true
			if doc.Claims != nil {
				// Structured claims are already an extraction (another
				// extractor's, or an analyst's): score them as they are.
				out[id] = doc.Claims
				continue
			}
			ex, err := x.Extract(doc)
			if err != nil {
				warn(fmt.Errorf("%s: article %s: %w: %w", doc.Origin, id, ErrExtract, err))
				continue
			}
			out[id] = ex
		}
	}
	var missing []error
	for _, g := range gold {
		if !found[g.ID] {
			missing = append(missing, fmt.Errorf("%s: gold article %q is in none of the corpora %q", g.Origin, g.ID, corpora))
		}
	}
	if len(missing) > 0 {
		if len(skipped) > 0 {
			missing = append(missing, fmt.Errorf("%d corpus records could not be read, the first: %w", len(skipped), skipped[0]))
		}
		return nil, errors.Join(missing...)
	}
	return out, nil
}
