package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/geokg/geokg/server"
)

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var where storeFlags
	where.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "`HOST:PORT` to listen on")
	var inputs paths
	fs.Var(&inputs, "load", "`PATH` (file, directory or glob) to load while serving; repeatable")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	store, err := where.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           server.Handler(store),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      time.Minute,
		IdleTimeout:       2 * time.Minute,
	}
	log.Info("serving", "store", store.URI(), "playground", "http://"+ln.Addr().String()+"/",
		"graphql", "http://"+ln.Addr().String()+"/graphql")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		if len(inputs) == 0 {
			return
		}
		// The server answers while it loads, so /healthz says the store is
		// open and queries see articles as they land. Bad inputs are
		// logged and skipped: a server with most of its data is more use
		// than none.
		if err := loadInto(ctx, store, inputs, 4, log); err != nil && !errors.Is(err, errSomeFailed) && ctx.Err() == nil {
			log.Error("load", "error", err)
		}
	}()
	// The store closes (deferred above) only after the load has stopped
	// writing to it; ctx's end stops the load.
	defer func() { <-loaded }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	log.Info("shutting down")
	return srv.Shutdown(shutdown)
}
