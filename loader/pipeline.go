package loader

import (
	"context"
	"fmt"
	"sync"

	"github.com/geokg/geokg/graph"
)

// Writer stores one article's extraction; *graph.Store is one.
type Writer interface {
	Write(ctx context.Context, x *graph.Extraction) error
}

// Report says what Load did.
type Report struct {
	// Files is the number of input files read.
	Files int
	// Articles, Events and Claims count what was stored (events once per
	// article that states them).
	Articles, Events, Claims int
	// Failed holds one error per input or article that was not stored, each
	// naming it: *InputError for bad input, wrapped store errors otherwise.
	Failed []error
}

// Load reads every file that paths name (files, directories, globs),
// extracts each article unless it already carries structured claims, and
// writes each to w in its own transaction, with workers articles in flight.
// A bad input or a failed write is recorded in the report and the rest of
// the batch goes on; Load returns an error only when ctx ends.
func Load(ctx context.Context, w Writer, x *Extractor, paths []string, workers int) (Report, error) {
	var rep Report
	files, err := Inputs(paths)
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		rep.Failed = append(rep.Failed, joined.Unwrap()...) // one per bad path
	} else if err != nil {
		rep.Failed = append(rep.Failed, err)
	}
	rep.Files = len(files)

	docs := make(chan Document)
	var mu sync.Mutex
	record := func(f func()) { mu.Lock(); f(); mu.Unlock() }
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for doc := range docs {
				ext, err := extraction(x, doc)
				if err == nil {
					err = w.Write(ctx, ext)
				}
				if err != nil {
					record(func() { rep.Failed = append(rep.Failed, fmt.Errorf("%s: %w", doc.Origin, err)) })
					continue
				}
				claims := 0
				for _, ev := range ext.Events {
					claims += len(ev.Claims)
				}
				record(func() { rep.Articles++; rep.Events += len(ext.Events); rep.Claims += claims })
			}
		}()
	}
feed:
	for _, f := range files {
		for doc, err := range Read(f, x.Resolve) {
			if err != nil {
				record(func() { rep.Failed = append(rep.Failed, err) })
				continue
			}
			select {
			case docs <- doc:
			case <-ctx.Done():
				break feed
			}
		}
	}
	close(docs)
	wg.Wait()
	return rep, ctx.Err()
}

// extraction returns what doc states: its structured claims, or what the
// extractor finds in its body.
func extraction(x *Extractor, doc Document) (*graph.Extraction, error) {
	if doc.Claims != nil {
		return doc.Claims, nil
	}
	return x.Extract(doc)
}
