package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/geokg/geokg/server"
)

// query runs one GraphQL query against the store in-process, through the
// same handler serve mounts, and prints the response.
func query(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var where storeFlags
	where.register(fs)
	vars := fs.String("vars", "{}", "query variables as a JSON object")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("query: want one GraphQL query, have %d arguments", fs.NArg())
	}
	var variables map[string]any
	if err := json.Unmarshal([]byte(*vars), &variables); err != nil {
		return fmt.Errorf("query: --vars: %w", err)
	}
	body, err := json.Marshal(map[string]any{"query": fs.Arg(0), "variables": variables})
	if err != nil {
		return err
	}
	store, err := where.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	server.GraphQL(store).ServeHTTP(rec, req)
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, rec.Body.Bytes(), "", "  "); err != nil {
		return fmt.Errorf("query: response is not JSON: %s", rec.Body.String())
	}
	pretty.WriteByte('\n')
	_, err = stdout.Write(pretty.Bytes())
	return err
}
