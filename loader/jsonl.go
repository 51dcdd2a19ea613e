package loader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// maxLineBytes bounds one JSON Lines record. Wikinews articles reach 120 KB
// and some feeds carry whole pages per line, so the bound is generous; it
// exists so that a file with no newlines at all cannot take all memory. A
// variable so that tests can exercise it without writing 64 MiB.
var maxLineBytes = 64 << 20

// errLineTooLong is a record longer than maxLineBytes.
var errLineTooLong = errors.New("line too long")

// readJSONL reads a JSON Lines feed, one article per line. A bad line is
// yielded as an error and reading goes on with the next.
func readJSONL(path string, in io.Reader, _ func(string) (*graph.Entity, bool), yield func(Document, error) bool) {
	r := bufio.NewReaderSize(in, 64<<10)
	var buf []byte
	records := 0
	for n := 1; ; n++ {
		line, err := readLine(r, buf[:0])
		if err == io.EOF {
			break
		}
		if errors.Is(err, errLineTooLong) {
			records++
			if !yield(Document{}, &InputError{Path: path, Line: n, Err: fmt.Errorf("%w (more than %d bytes)", err, maxLineBytes)}) {
				return
			}
			continue
		}
		if err != nil {
			yield(Document{}, &InputError{Path: path, Line: n, Err: fmt.Errorf("cannot read: %w", err)})
			return
		}
		buf = line
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		records++
		doc, err := parseLine(line)
		if err != nil {
			err = &InputError{Path: path, Line: n, Err: err}
		} else {
			doc.Origin = path + ":" + strconv.Itoa(n)
		}
		if !yield(doc, err) {
			return
		}
	}
	if records == 0 {
		yield(Document{}, &InputError{Path: path, Err: errors.New("empty file")})
	}
}

// readLine reads the next line from r into buf, without its "\n" or "\r\n".
// It returns io.EOF only when no line is left; a last line without a newline
// is still a line. A line longer than maxLineBytes is skipped to its end and
// reported as errLineTooLong, so that reading can go on after it.
func readLine(r *bufio.Reader, buf []byte) ([]byte, error) {
	line := buf
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > maxLineBytes+len("\r\n") {
			for err == bufio.ErrBufferFull {
				_, err = r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(line) == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		return bytes.TrimSuffix(line, []byte("\r")), nil
	}
}

// feedLine is one JSON Lines record. Fields other than these (the corpora's
// meta, topics, dateline, …) are ignored: feeds carry whatever their
// producers found useful, and refusing them would refuse every real corpus.
type feedLine struct {
	// ID is the feed's own id for the article, the preferred Article.ID.
	ID string `json:"id"`
	// Title, Source and URL go to the Article as they are.
	Title  string `json:"title"`
	Source string `json:"source"`
	URL    string `json:"url"`
	// Text is the article body; a record without it is an error.
	Text string `json:"text"`
	// Published or Date (the corpora's name) is the publication date; JSON
	// null, as in some Wikinews records, counts as absent.
	Published string `json:"published"`
	Date      string `json:"date"`
	// Language is a BCP 47 tag; "en" when absent.
	Language string `json:"language"`
}

// parseLine turns one non-blank JSON Lines record into a Document (without
// Origin, which only the caller knows).
func parseLine(line []byte) (Document, error) {
	// Unmarshal would quietly turn bad bytes into U+FFFD.
	if err := checkUTF8(line); err != nil {
		return Document{}, errors.Unwrap(err)
	}
	var rec feedLine
	if err := json.Unmarshal(line, &rec); err != nil {
		return Document{}, jsonError(err)
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Document{}, errors.New("no text")
	}
	a, err := metadata{
		ID: rec.ID, Title: rec.Title, URL: rec.URL, Source: rec.Source,
		Published: rec.Published, Date: rec.Date, Language: rec.Language,
	}.article(rec.Text)
	if err != nil {
		return Document{}, err
	}
	return Document{Article: a, Body: rec.Text}, nil
}

// jsonError rewrites encoding/json's errors, which speak of Go types
// ("cannot unmarshal array into Go struct field feedLine.title of type
// string"), into the input's terms ("title: want a string, got array").
func jsonError(err error) error {
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		if te.Field == "" {
			return fmt.Errorf("want a JSON object, got %s", te.Value)
		}
		return fmt.Errorf("%s: want %s, got %s", te.Field, jsonTypeName(te.Type.Kind().String()), te.Value)
	}
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return fmt.Errorf("not valid JSON at byte %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errors.New("not valid JSON: unexpected end of input")
	}
	// DisallowUnknownFields reports `json: unknown field "x"`.
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

// jsonTypeName names the JSON type a Go kind decodes from.
func jsonTypeName(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "int", "float64":
		return "a number"
	}
	return kind
}
