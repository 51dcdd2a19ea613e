package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/geokg/geokg/loader"
)

// loadThrough sends each input file to the ingest endpoint of the geokg
// server at base, which stores it; files are read there, so the errors it
// reports name them as given here.
func loadThrough(ctx context.Context, base string, inputs []string, log *slog.Logger) error {
	files, err := loader.Inputs(inputs)
	failed := 0
	if err != nil {
		log.Error("not loaded", "error", err.Error())
		failed += len(inputsFailed(err))
	}
	client := &http.Client{Timeout: 10 * time.Minute}
	var total struct{ files, articles, events, claims int }
	for _, f := range files {
		rep, err := postFile(ctx, client, base, f)
		if err != nil {
			return fmt.Errorf("load through %s: %w", base, err)
		}
		for _, msg := range rep.Failed {
			log.Error("not loaded", "error", msg)
		}
		failed += len(rep.Failed)
		total.files++
		total.articles += rep.Articles
		total.events += rep.Events
		total.claims += rep.Claims
	}
	log.Info("loaded", "server", base, "files", total.files, "articles", total.articles,
		"events", total.events, "claims", total.claims, "failed", failed)
	if failed > 0 {
		return fmt.Errorf("%d of the inputs failed: %w", failed, errSomeFailed)
	}
	return nil
}

// inputsFailed splits the error of loader.Inputs into one per bad path.
func inputsFailed(err error) []error {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return joined.Unwrap()
	}
	return []error{err}
}

type ingestReport struct {
	Articles, Events, Claims int
	Failed                   []string
}

func postFile(ctx context.Context, client *http.Client, base, path string) (*ingestReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return &ingestReport{Failed: []string{err.Error()}}, nil
	}
	defer f.Close()
	u := strings.TrimSuffix(base, "/") + "/ingest?name=" + url.QueryEscape(path)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, f)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s: %s", path, resp.Status, strings.TrimSpace(string(body)))
	}
	var rep ingestReport
	if err := json.Unmarshal(body, &rep); err != nil {
		return nil, errors.New(path + ": the server's answer is not an ingest report")
	}
	return &rep, nil
}
