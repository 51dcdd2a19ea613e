package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"path/filepath"

	"github.com/geokg/geokg/loader"
)

// MaxIngestBytes bounds one ingest request's body.
const MaxIngestBytes = 256 << 20

// ingestReport is the answer to POST /ingest.
type ingestReport struct {
	loader.Report
	// Failed says, one line each, which inputs were not stored and why.
	Failed []string `json:"failed"`
}

// ingest loads the request body as one input file into the store: the way
// to load into an embedded store while this server holds it. The name query
// parameter stands for the file: its extension gives the format (.md, .txt,
// .jsonl, .json) and errors name it.
//
// It answers 200 with an ingestReport once the input is read, even if some
// articles in it failed (the report lists them), 400 for a request without a
// usable name, and 413 for a body over MaxIngestBytes.
func (h *site) ingest(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" || filepath.Ext(name) == "" {
		http.Error(w, "ingest: want ?name=FILE.EXT, whose extension (.md, .txt, .jsonl, .json) gives the format", http.StatusBadRequest)
		return
	}
	body := http.MaxBytesReader(w, r.Body, MaxIngestBytes)
	rep, err := loader.LoadFrom(r.Context(), h.store, h.extractor(), name, body, 4)
	var tooLarge *http.MaxBytesError
	for _, f := range rep.Failed {
		if errors.As(f, &tooLarge) {
			http.Error(w, "ingest: body larger than the limit of 256 MiB; split the input", http.StatusRequestEntityTooLarge)
			return
		}
	}
	if err != nil { // the client went away
		return
	}
	h.metrics.articles.Add(float64(rep.Articles))
	out := ingestReport{Report: rep, Failed: []string{}}
	for _, f := range rep.Failed {
		out.Failed = append(out.Failed, f.Error())
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}
