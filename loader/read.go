package loader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/geokg/geokg/graph"
)

// InputError is a bad input: which input and what is wrong with it. Readers
// return it, possibly wrapped, so that a caller loading a batch can report it
// and carry on with the rest.
type InputError struct {
	// Path is the file as the caller named it.
	Path string
	// Line is the 1-based line of the bad record in a JSON Lines file, or the
	// line where the bad element of a JSON array starts; 0 when the error
	// concerns the file as a whole.
	Line int
	// Err says what is wrong.
	Err error
}

// Error reads like a compiler message, "feed.jsonl:12: published: ...", so
// that editors and terminals can jump to the spot.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, so that errors.Is finds causes such
// as fs.ErrNotExist.
func (e *InputError) Unwrap() error { return e.Err }

// formats maps each file extension Read understands to its reader. The
// readers yield Documents or *InputErrors and stop when yield returns false.
var formats = map[string]func(name string, r io.Reader, resolve func(string) (*graph.Entity, bool), yield func(Document, error) bool){
	".md":       readText,
	".markdown": readText,
	".txt":      readText,
	".html":     readHTML,
	".htm":      readHTML,
	".jsonl":    readJSONL,
	".json":     readClaims,
}

// Read reads one file and yields its documents in order: one for a text,
// Markdown or HTML file, one per line of a .jsonl feed, one per object of a
// .json claims file. A bad document is yielded as an *InputError and reading goes on
// with the next one; a file that cannot be read at all is a single error.
// Iteration stops early when yield returns false.
//
// resolve finds the canonical entity for a name; claims files use it for names
// their own entity list does not define. It may be nil.
func Read(path string, resolve func(name string) (*graph.Entity, bool)) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(Document{}, fileError(path, err))
			return
		}
		defer f.Close()
		for doc, err := range ReadFrom(path, f, resolve) {
			if !yield(doc, err) {
				return
			}
		}
	}
}

// ReadFrom is Read for data that is not in a file, such as the body of an
// HTTP request: name stands for the file, its extension says the format, and
// errors and Document.Origin name it.
func ReadFrom(name string, r io.Reader, resolve func(name string) (*graph.Entity, bool)) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		read, ok := formats[strings.ToLower(filepath.Ext(name))]
		if !ok {
			yield(Document{}, &InputError{Path: name, Err: fmt.Errorf(
				"unsupported input format %s (want .md, .txt, .html, .jsonl or .json)", formatName(name))})
			return
		}
		if resolve == nil {
			resolve = func(string) (*graph.Entity, bool) { return nil, false }
		}
		read(name, r, resolve, yield)
	}
}

// formatName names a file's format for the unsupported-format message; a file
// without an extension would otherwise make an empty, puzzling message.
func formatName(path string) string {
	if ext := filepath.Ext(path); ext != "" {
		return ext
	}
	return "of " + strconv.Quote(filepath.Base(path)) + " (no extension)"
}

// Inputs expands paths into the files to read, sorted and without
// duplicates. A path may name a file (kept whatever its extension, so that
// Read reports an unsupported one), a directory (walked recursively for files
// Read understands, skipping hidden files and directories), or a glob such as
// "examples/*.md" (filepath.Match syntax; directories it matches are walked).
//
// A path that matches nothing is an error. Inputs still returns the files the
// other paths found, with an error joining one *InputError per bad path, so
// that a batch can report the bad paths and load the rest.
func Inputs(paths []string) ([]string, error) {
	var files []string
	var errs []error
	for _, p := range paths {
		found, err := expandInput(p)
		if err != nil {
			errs = append(errs, &InputError{Path: p, Err: err})
			continue
		}
		files = append(files, found...)
	}
	slices.Sort(files)
	return slices.Compact(files), errors.Join(errs...)
}

// expandInput lists the files one path stands for.
func expandInput(p string) ([]string, error) {
	if p == "" {
		return nil, errors.New("empty path")
	}
	info, err := os.Stat(p)
	switch {
	case err == nil && info.IsDir():
		return walkInputs(p)
	case err == nil:
		return []string{filepath.Clean(p)}, nil
	case !errors.Is(err, fs.ErrNotExist) || !strings.ContainsAny(p, `*?[`):
		// A missing file with no wildcard is a typo, not a glob; say so
		// plainly rather than "matches nothing". The PathError's own path
		// would repeat what InputError prints.
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			return nil, pe.Err
		}
		return nil, err
	}
	matches, err := filepath.Glob(p)
	if err != nil {
		return nil, fmt.Errorf("bad pattern: %w", err)
	}
	if len(matches) == 0 {
		return nil, errors.New("matches no files")
	}
	// As in a shell, a wildcard does not match a leading dot: "*.md" must
	// not pick up an editor's ".draft.md" unless the pattern asks for dots.
	dots := strings.HasPrefix(filepath.Base(p), ".")
	var files []string
	for _, m := range matches {
		if !dots && strings.HasPrefix(filepath.Base(m), ".") {
			continue
		}
		info, err := os.Stat(m)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, filepath.Clean(m))
			continue
		}
		// A directory the pattern matched may legitimately hold no inputs
		// ("data/*" over a mixed tree); only the pattern as a whole must
		// match something.
		found, err := walkInputs(m)
		if err != nil && !errors.Is(err, errNoInputs) {
			return nil, err
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		return nil, errNoInputs
	}
	return files, nil
}

// errNoInputs is a directory or pattern that holds nothing Read understands.
var errNoInputs = errors.New("holds no .md, .markdown, .txt, .html, .htm, .jsonl or .json files")

// walkInputs lists the files under dir that Read understands. Files of
// other kinds are skipped silently: an examples directory also holds queries
// and notebooks, which are not inputs, whereas a file named explicitly is
// kept so that Read can say why it cannot read it.
func walkInputs(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			// .git, editor swap files and the like are never articles.
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := formats[strings.ToLower(filepath.Ext(p))]; !ok {
			return nil
		}
		if !d.Type().IsRegular() {
			// WalkDir does not follow symlinks; keep one that points to a
			// file, drop one that points to a directory or nowhere.
			if info, err := os.Stat(p); err != nil || !info.Mode().IsRegular() {
				return nil
			}
		}
		files = append(files, filepath.Clean(p))
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, errNoInputs
	}
	return files, nil
}

// metadata is the article metadata every format carries, as strings the
// input gave; article checks and normalises it.
type metadata struct {
	// ID, Title, URL and Source become the Article's as they are.
	ID, Title, URL, Source string
	// Published and Date are two names for one field: feeds use either.
	Published, Date string
	// Language is a BCP 47 tag, or "" for the default.
	Language string
}

// article builds the graph.Article for meta and the document text. The ID is
// the input's own id, else its URL, else a hash of the text, so that loading
// the same input twice meets the same node.
func (m metadata) article(text string) (graph.Article, error) {
	a := graph.Article{
		ID:     strings.TrimSpace(m.ID),
		Title:  strings.TrimSpace(m.Title),
		URL:    strings.TrimSpace(m.URL),
		Source: strings.TrimSpace(m.Source),
	}
	published, date := strings.TrimSpace(m.Published), strings.TrimSpace(m.Date)
	switch {
	case published == "":
		published = date
	case date != "" && date != published:
		return a, fmt.Errorf("published %q and date %q disagree; give one", published, date)
	}
	if published != "" {
		p, err := normaliseDate(published)
		if err != nil {
			return a, fmt.Errorf("published: %w", err)
		}
		a.Published = p
	}
	a.Language = "en"
	if l := strings.TrimSpace(m.Language); l != "" {
		tag, err := language.Parse(l)
		if err != nil {
			return a, fmt.Errorf("language: %q is not a BCP 47 tag", l)
		}
		a.Language = tag.String()
	}
	switch {
	case a.ID != "":
	case a.URL != "":
		a.ID = a.URL
	default:
		a.ID = graph.ContentID(text)
	}
	return a, nil
}

// dateTimeLayouts are the zone-less date-times feeds use: the Reuters corpus
// writes "1987-02-26T15:01:01", SQL dumps "2006-01-02 15:04:05".
var dateTimeLayouts = []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05"}

// normaliseDate checks that s is a date or date-time and returns it in ISO
// 8601 form: a date stays a date, a date-time with a zone becomes RFC 3339,
// and a zone-less date-time keeps no zone, because inventing one (UTC) would
// shift it by hours for a source that meant local time.
func normaliseDate(s string) (string, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.RFC3339Nano), nil
	}
	for _, layout := range dateTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02T15:04:05.999999999"), nil
		}
	}
	return "", fmt.Errorf("%q is not a date (want 2006-01-02, 2006-01-02T15:04:05 or RFC 3339)", s)
}
