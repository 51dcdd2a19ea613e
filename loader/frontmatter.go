package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/geokg/geokg/graph"
)

// readText reads a text or Markdown article: optional YAML front matter
// between "---" lines, then the body.
func readText(path string, r io.Reader, _ func(string) (*graph.Entity, bool), yield func(Document, error) bool) {
	data, err := io.ReadAll(r)
	if err != nil {
		yield(Document{}, fileError(path, err))
		return
	}
	meta, body, err := parseText(data)
	if err != nil {
		yield(Document{}, inputError(path, err))
		return
	}
	a, err := meta.article(body)
	if err != nil {
		yield(Document{}, inputError(path, err))
		return
	}
	yield(Document{Origin: path, Article: a, Body: body}, nil)
}

// utf8BOM is the byte order mark some Windows editors put at the start of
// UTF-8 files; it is not part of the text.
var utf8BOM = []byte("\ufeff")

// parseText splits a text file into its front-matter metadata and its body.
// Without front matter the whole file is the body, and a first line "# Title"
// gives the title. The body loses leading blank lines and nothing else, so
// that offsets into it are offsets into what the author wrote.
func parseText(data []byte) (metadata, string, error) {
	var meta metadata
	if err := checkUTF8(data); err != nil {
		return meta, "", err
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return meta, "", errors.New("empty file")
	}
	text := string(data)
	body := text
	first, rest, _ := strings.Cut(text, "\n")
	if isFence(first, false) {
		front, after, ok := cutFence(rest)
		if !ok {
			return meta, "", &lineError{line: 1, err: errors.New("front matter has no closing --- line")}
		}
		var err error
		if meta, err = parseFrontMatter(front); err != nil {
			return meta, "", err
		}
		body = after
		if strings.TrimSpace(body) == "" {
			return meta, "", errors.New("no text after the front matter")
		}
	}
	body = trimBlankLines(body)
	if meta.Title == "" {
		meta.Title = headingTitle(body)
	}
	return meta, body, nil
}

// isFence reports whether line delimits front matter: "---" opens it, and
// "---" or YAML's document end "..." closes it. Trailing blanks and a CR
// from a CRLF file are tolerated because they are invisible in an editor.
func isFence(line string, closing bool) bool {
	line = strings.TrimRight(line, " \t\r")
	return line == "---" || closing && line == "..."
}

// cutFence splits s, the text after the opening fence, at its closing fence
// line into the front matter and what follows the fence line.
func cutFence(s string) (front, after string, ok bool) {
	for off := 0; off < len(s); {
		line, _, found := strings.Cut(s[off:], "\n")
		next := off + len(line) + 1
		if isFence(line, true) {
			if !found {
				next = len(s)
			}
			return s[:off], s[next:], true
		}
		off = next
	}
	return "", "", false
}

// trimBlankLines drops the blank lines at the start of s.
func trimBlankLines(s string) string {
	for {
		line, rest, found := strings.Cut(s, "\n")
		if !found || strings.TrimSpace(line) != "" {
			return s
		}
		s = rest
	}
}

// titleHeadingRE matches a Markdown level-1 ATX heading, "# Title" or "# Title #".
var titleHeadingRE = regexp.MustCompile(`^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$`)

// headingTitle returns the title that the first line of body states as a
// level-1 heading, or "".
func headingTitle(body string) string {
	first, _, _ := strings.Cut(body, "\n")
	if m := titleHeadingRE.FindStringSubmatch(first); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// frontMatterKeys maps the front-matter keys geokg reads (lower case) to
// where their values go. Other keys (tags, author, …) are the business of
// other tools sharing the file and are ignored.
var frontMatterKeys = map[string]func(*metadata) *string{
	"id":        func(m *metadata) *string { return &m.ID },
	"title":     func(m *metadata) *string { return &m.Title },
	"url":       func(m *metadata) *string { return &m.URL },
	"source":    func(m *metadata) *string { return &m.Source },
	"published": func(m *metadata) *string { return &m.Published },
	"date":      func(m *metadata) *string { return &m.Date },
	"language":  func(m *metadata) *string { return &m.Language },
}

// yamlLineRE picks the line out of a yaml.v3 syntax error, so that it can go
// into InputError.Line rather than be buried in the message.
var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserProblems are the problems yaml.v3 (v3.0.1) reports from its
// parser rather than its scanner. For these it prints a 0-based line where
// scanner errors get a 1-based one; the set (from its parserc.go) lets
// parseFrontMatter correct them. The tests cover one of each kind, so a
// yaml.v3 that fixes the quirk shows up as a failing test.
var yamlParserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// parseFrontMatter reads the YAML between the fences. It walks the node tree
// rather than decoding into a struct so that it can accept any scalar for a
// string field (an unquoted date, a numeric id) yet reject lists and maps
// with the line they are on.
func parseFrontMatter(front string) (meta metadata, err error) {
	defer func() {
		// The front matter is untrusted input to a third-party parser;
		// a parser bug must cost one file, not the whole load.
		if r := recover(); r != nil {
			err = fmt.Errorf("front matter: YAML parser failed: %v", r)
		}
	}()
	var doc yaml.Node
	// The leading newline stands for the opening fence, so that the line
	// numbers yaml reports are line numbers in the file.
	if err := yaml.Unmarshal([]byte("\n"+front), &doc); err != nil {
		msg := err.Error()
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			if yamlParserProblems[m[2]] {
				line++
			}
			return meta, &lineError{line: line, err: fmt.Errorf("front matter is not valid YAML: %s", m[2])}
		}
		return meta, fmt.Errorf("front matter is not valid YAML: %s", strings.TrimPrefix(msg, "yaml: "))
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return meta, nil // only comments, or nothing between the fences
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return meta, &lineError{line: root.Line, err: errors.New("front matter is not a YAML mapping of keys to values")}
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			continue
		}
		key := strings.ToLower(k.Value)
		field, ok := frontMatterKeys[key]
		if !ok {
			continue
		}
		if seen[key] {
			return meta, &lineError{line: k.Line, err: fmt.Errorf("front matter: %s given twice", key)}
		}
		seen[key] = true
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return meta, &lineError{line: v.Line, err: fmt.Errorf("front matter: %s: want a single value, got a %s", key, nodeKind(v))}
		}
		if v.Tag != "!!null" {
			*field(&meta) = v.Value
		}
	}
	return meta, nil
}

// nodeKind names a YAML node's kind as a user would.
func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	default:
		return "nested document"
	}
}

// checkUTF8 rejects text that is not UTF-8, naming the first bad byte: the
// extractor's offsets and Dgraph's strings both assume UTF-8, and a Latin-1
// file decoded as UTF-8 would silently become U+FFFD soup.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return &lineError{
		line: 1 + bytes.Count(data[:off], []byte("\n")),
		err:  fmt.Errorf("not UTF-8 text (bad byte 0x%02x at offset %d)", data[off], off),
	}
}

// lineError is an error that knows its line in the file; inputError lifts
// the line into InputError.Line.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return "line " + strconv.Itoa(e.line) + ": " + e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

// inputError wraps err as the *InputError for path, taking its line from err
// when err is itself a lineError. A lineError wrapped deeper is left alone:
// lifting it would drop the context wrapped around it.
func inputError(path string, err error) *InputError {
	if le, ok := err.(*lineError); ok {
		return &InputError{Path: path, Line: le.line, Err: le.err}
	}
	return &InputError{Path: path, Err: err}
}

// fileError reports a file that cannot be read. fs.PathError repeats the
// path, which InputError already prints, so only its operation and cause
// are kept (the cause still satisfies errors.Is, e.g. fs.ErrNotExist).
func fileError(path string, err error) *InputError {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		err = fmt.Errorf("cannot %s: %w", pe.Op, pe.Err)
	}
	return &InputError{Path: path, Err: err}
}
