package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

const usage = `geokg: a geopolitical event knowledge graph.

Usage:
  geokg serve [--addr HOST:PORT] [--data DIR | --dgraph URI] [--load PATH]...
  geokg load  [--data DIR | --dgraph URI | --server URL] [--workers N] PATH...
  geokg query [--data DIR | --dgraph URI] [--vars JSON] QUERY
  geokg eval  --gold FILE --corpus FILE... [--plover FILE] [--petrarch FILE] [--json]
  geokg code  [--date YYYY-MM-DD] [FILE...]
  geokg extract PATH...

Run "geokg COMMAND -h" for a command's flags.
`

// errSomeFailed marks a run that finished but left some inputs unstored.
var errSomeFailed = errors.New("some inputs failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		os.Exit(2)
	case errors.Is(err, errSomeFailed):
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "geokg:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	commands := map[string]func(context.Context, []string, io.Writer, io.Writer) error{
		"serve":   serve,
		"load":    load,
		"query":   query,
		"eval":    evaluate,
		"code":    code,
		"extract": extract,
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", args[0])
	}
	return cmd(ctx, args[1:], stdout, stderr)
}

// storeFlags are the flags that say where the graph lives.
type storeFlags struct {
	data, dgraph string
}

func (s *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.data, "data", "geokg-data", "`DIR` of the embedded Dgraph store (created if missing)")
	fs.StringVar(&s.dgraph, "dgraph", "", "Dgraph cluster `URI` (dgraph://HOST:PORT), instead of --data")
}

func (s *storeFlags) open(ctx context.Context) (*graph.Store, error) {
	if s.dgraph != "" {
		if !strings.HasPrefix(s.dgraph, "dgraph://") {
			return nil, fmt.Errorf("--dgraph %q: want dgraph://HOST:PORT", s.dgraph)
		}
		return graph.Open(ctx, s.dgraph)
	}
	return graph.Open(ctx, s.data)
}

// paths collects a repeatable flag.
type paths []string

func (p *paths) String() string     { return strings.Join(*p, ",") }
func (p *paths) Set(v string) error { *p = append(*p, v); return nil }

// loadInto loads inputs into store and logs what happened, returning
// errSomeFailed when any input was not stored.
func loadInto(ctx context.Context, store loader.Writer, inputs []string, workers int, log *slog.Logger) error {
	rep, err := loader.Load(ctx, store, loader.NewExtractor(), inputs, workers)
	for _, f := range rep.Failed {
		log.Error("not loaded", "error", f.Error())
	}
	log.Info("loaded", "files", rep.Files, "articles", rep.Articles, "events", rep.Events,
		"claims", rep.Claims, "failed", len(rep.Failed))
	if err != nil {
		return err
	}
	if len(rep.Failed) > 0 {
		return fmt.Errorf("%d of the inputs failed: %w", len(rep.Failed), errSomeFailed)
	}
	return nil
}

func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var where storeFlags
	where.register(fs)
	workers := fs.Int("workers", 4, "articles extracted and written at once")
	serverURL := fs.String("server", "", "`URL` of a running geokg serve to load through (for a data directory it holds)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("load: name at least one file, directory or glob")
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if *serverURL != "" {
		return loadThrough(ctx, *serverURL, fs.Args(), log)
	}
	store, err := where.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return loadInto(ctx, store, fs.Args(), *workers, log)
}
