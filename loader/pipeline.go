package loader

import (
	"context"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/geokg/geokg/graph"
)

// Writer stores one article's extraction; *graph.Store is one.
type Writer interface {
	Write(ctx context.Context, x *graph.Extraction) error
}

// Report says what a load did.
type Report struct {
	// Files is the number of input files read.
	Files int `json:"files"`
	// Articles, Events and Claims count what was stored (events once per
	// article that states them).
	Articles int `json:"articles"`
	Events   int `json:"events"`
	Claims   int `json:"claims"`
	// Failed holds one error per input or article that was not stored, each
	// naming it: *InputError for bad input, wrapped store errors otherwise.
	Failed []error `json:"-"`
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
	docs := func(yield func(Document, error) bool) {
		for _, f := range files {
			for doc, err := range Read(f, x.Resolve) {
				if !yield(doc, err) {
					return
				}
			}
		}
	}
	return store(ctx, w, x, docs, workers, rep)
}

// LoadFrom is Load for one input that is not a file, such as the body of an
// HTTP request: name stands for the file and its extension gives the format.
func LoadFrom(ctx context.Context, w Writer, x *Extractor, name string, r io.Reader, workers int) (Report, error) {
	return store(ctx, w, x, ReadFrom(name, r, x.Resolve), workers, Report{Files: 1})
}

// store extracts and writes docs, adding to rep.
func store(ctx context.Context, w Writer, x *Extractor, docs iter.Seq2[Document, error], workers int, rep Report) (Report, error) {
	queue := make(chan Document)
	var mu sync.Mutex
	record := func(f func()) { mu.Lock(); f(); mu.Unlock() }
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for doc := range queue {
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
	for doc, err := range docs {
		if err != nil {
			record(func() { rep.Failed = append(rep.Failed, err) })
			continue
		}
		select {
		case queue <- doc:
		case <-ctx.Done():
			break feed
		}
	}
	close(queue)
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
