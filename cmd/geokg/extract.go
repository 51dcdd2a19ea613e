package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/geokg/geokg/loader"
)

// extract runs the extractor over inputs, as "geokg load" would, and prints
// what it found as a structured claims file instead of storing it: a JSON
// array with one article a line (loader.ClaimsWriter). The file can be
// reviewed, corrected and given to "geokg load".
func extract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: geokg extract PATH...\n\nPrints the claims extracted from the articles that the PATHs (files, directories, globs)\nhold, as a claims file that \"geokg load\" reads, without storing them.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("extract: name at least one file, directory or glob")
	}
	files, err := loader.Inputs(fs.Args())
	failed := 0
	if err != nil {
		for _, e := range inputsFailed(err) {
			fmt.Fprintln(stderr, "geokg extract:", e)
			failed++
		}
	}
	x := loader.NewExtractor()
	out := bufio.NewWriter(stdout)
	cw := loader.NewClaimsWriter(out)
	for _, f := range files {
		for doc, err := range loader.Read(f, x.Resolve) {
			if err := ctx.Err(); err != nil {
				return err
			}
			ex := doc.Claims
			if err == nil && ex == nil {
				ex, err = x.Extract(doc) // a claims file is printed as it is
			}
			if err != nil {
				fmt.Fprintln(stderr, "geokg extract:", err)
				failed++
				continue
			}
			if err := cw.Write(ex, doc.Body); err != nil {
				return fmt.Errorf("extract: %w", err)
			}
		}
	}
	if err := cw.Close(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "geokg extract: %d of the inputs failed\n", failed)
		return errSomeFailed
	}
	return nil
}
