package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// collectRead collects everything Read yields for path.
func collectRead(t *testing.T, path string, resolve func(string) (*graph.Entity, bool)) ([]Document, []error) {
	t.Helper()
	var docs []Document
	var errs []error
	for doc, err := range Read(path, resolve) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errs
}

// writeInput writes content to name in a fresh temporary directory.
func writeInput(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantInputError checks that err is an *InputError for path and line whose
// message contains every one of msgs.
func wantInputError(t *testing.T, err error, path string, line int, msgs ...string) {
	t.Helper()
	ie, ok := errors.AsType[*InputError](err)
	if !ok {
		t.Fatalf("error %v (%T) is not an *InputError", err, err)
	}
	if ie.Path != path {
		t.Errorf("Path = %q, want %q", ie.Path, path)
	}
	if ie.Line != line {
		t.Errorf("Line = %d, want %d (error: %v)", ie.Line, line, err)
	}
	for _, m := range msgs {
		if !strings.Contains(err.Error(), m) {
			t.Errorf("error %q does not contain %q", err, m)
		}
	}
}

// readOneError reads path expecting exactly one error and no documents.
func readOneError(t *testing.T, path string) error {
	t.Helper()
	docs, errs := collectRead(t, path, nil)
	if len(docs) != 0 || len(errs) != 1 {
		t.Fatalf("got %d documents and errors %v, want just one error", len(docs), errs)
	}
	return errs[0]
}

func TestInputErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		err  *InputError
		want string
	}{
		{&InputError{Path: "feed.jsonl", Line: 12, Err: errors.New(`published: "yesterday-ish" is not a date`)},
			`feed.jsonl:12: published: "yesterday-ish" is not a date`},
		{&InputError{Path: "a.md", Err: errors.New("empty file")}, "a.md: empty file"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	cause := errors.New("cause")
	if !errors.Is(&InputError{Path: "x", Err: cause}, cause) {
		t.Error("Unwrap does not reach the cause")
	}
}

func TestReadText(t *testing.T) {
	const body = "Sergey Lavrov will visit North Korea.\n"
	for _, tc := range []struct {
		name, file, content string
		want                graph.Article // ID "" means graph.ContentID(wantBody)
		wantBody            string
	}{{
		name: "front matter", file: "a.md",
		content:  "---\nid: art-1\ntitle: Lavrov to visit\npublished: 2023-09-24\nsource: BNN\nurl: https://example.org/a\nlanguage: EN-gb\n---\n\n" + body,
		want:     graph.Article{ID: "art-1", Title: "Lavrov to visit", URL: "https://example.org/a", Source: "BNN", Published: "2023-09-24", Language: "en-GB"},
		wantBody: body,
	}, {
		name: "url is the id without one; date stands for published; unknown keys ignored", file: "a.markdown",
		content:  "---\ntitle: T\ndate: 2023-09-24T10:30:00+02:00\nurl: https://example.org/b\nauthor: {name: X}\n---\n" + body,
		want:     graph.Article{ID: "https://example.org/b", Title: "T", URL: "https://example.org/b", Published: "2023-09-24T10:30:00+02:00", Language: "en"},
		wantBody: body,
	}, {
		name: "zone-less date-time keeps no zone; scalars of any type are strings", file: "a.md",
		content:  "---\nid: 12345\ntitle: 2024\npublished: \"2023-09-24 10:30:00\"\nsource: ~\n...\n" + body,
		want:     graph.Article{ID: "12345", Title: "2024", Published: "2023-09-24T10:30:00", Language: "en"},
		wantBody: body,
	}, {
		name: "no front matter, heading gives the title", file: "a.md",
		content:  "# Lavrov to visit North Korea #\n\n" + body,
		want:     graph.Article{Title: "Lavrov to visit North Korea", Language: "en"},
		wantBody: "# Lavrov to visit North Korea #\n\n" + body,
	}, {
		name: "front matter without title, heading gives it", file: "a.md",
		content:  "---\nid: x\n---\n\n# Heading\n" + body,
		want:     graph.Article{ID: "x", Title: "Heading", Language: "en"},
		wantBody: "# Heading\n" + body,
	}, {
		name: "plain text, BOM and CRLF", file: "A.TXT",
		content:  "\ufeff---\r\ntitle: Windows\r\n---\r\n" + "Line one.\r\n",
		want:     graph.Article{Title: "Windows", Language: "en"},
		wantBody: "Line one.\r\n",
	}, {
		name: "empty front matter", file: "a.md",
		content:  "---\n# only a comment\n---\n" + body,
		want:     graph.Article{Language: "en"},
		wantBody: body,
	}, {
		name: "second-level heading is not a title", file: "a.txt",
		content:  "## Section\n" + body,
		want:     graph.Article{Language: "en"},
		wantBody: "## Section\n" + body,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, tc.file, tc.content)
			docs, errs := collectRead(t, path, nil)
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v; want one document", len(docs), errs)
			}
			want := tc.want
			if want.ID == "" {
				want.ID = graph.ContentID(tc.wantBody)
			}
			want.Claims = nil
			got := docs[0]
			if !reflect.DeepEqual(got.Article, want) {
				t.Errorf("Article =\n %+v\nwant\n %+v", got.Article, want)
			}
			if got.Body != tc.wantBody {
				t.Errorf("Body = %q, want %q", got.Body, tc.wantBody)
			}
			if got.Origin != path || got.Claims != nil {
				t.Errorf("Origin = %q, Claims = %v; want %q, nil", got.Origin, got.Claims, path)
			}
		})
	}
}

func TestReadTestdataArticle(t *testing.T) {
	const path = "testdata/read/lavrov.md"
	docs, errs := collectRead(t, path, nil)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	want := graph.Article{
		ID:        "https://example.org/lavrov-dprk",
		Title:     "Russian FM Sergey Lavrov to visit North Korea next month",
		URL:       "https://example.org/lavrov-dprk",
		Source:    "BNN Breaking",
		Published: "2023-09-24",
		Language:  "en",
	}
	if !reflect.DeepEqual(docs[0].Article, want) {
		t.Errorf("Article = %+v, want %+v", docs[0].Article, want)
	}
	if !strings.HasPrefix(docs[0].Body, "# The Aftermath of Kim-Putin Talks\n\nThe recent landmark summit") {
		t.Errorf("Body starts %q", docs[0].Body[:min(60, len(docs[0].Body))])
	}
}

func TestReadTextErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		line                int
		msgs                []string
	}{
		{"not UTF-8", "a.md", "line one\nLatin-1 caf\xe9\n", 2, []string{"not UTF-8", "0xe9"}},
		{"empty", "a.md", "", 0, []string{"empty file"}},
		{"only blanks", "a.txt", " \n\t\n", 0, []string{"empty file"}},
		{"unterminated front matter", "a.md", "---\ntitle: T\n\nBody.\n", 1, []string{"no closing ---"}},
		{"unparsable YAML (parser)", "a.md", "---\ntitle: T\nurl: [unclosed\n---\nBody.\n", 3, []string{"not valid YAML: did not find expected ',' or ']'"}},
		{"unparsable YAML (scanner)", "a.md", "---\nsource: S\ntitle: a: b\n---\nBody.\n", 3, []string{"not valid YAML: mapping values are not allowed"}},
		{"unparsable YAML (parser, block)", "a.md", "---\ntitle: T\n- x\n---\nBody.\n", 2, []string{"not valid YAML: did not find expected key"}},
		{"unparsable YAML (scanner, quote)", "a.md", "---\nid: 1\nkey: \"x\n---\nBody.\n", 3, []string{"not valid YAML: found unexpected end of stream"}},
		{"YAML that is not a mapping", "a.md", "---\n- a\n- b\n---\nBody.\n", 2, []string{"not a YAML mapping"}},
		{"no body", "a.md", "---\ntitle: T\n---\n\n  \n", 0, []string{"no text after the front matter"}},
		{"published not a date", "a.md", "---\npublished: yesterday-ish\n---\nBody.\n", 0, []string{`published: "yesterday-ish" is not a date`}},
		{"impossible date", "a.md", "---\npublished: 2023-02-30\n---\nBody.\n", 0, []string{`"2023-02-30" is not a date`}},
		{"title is a list", "a.md", "---\nsource: S\ntitle: [1, 2]\n---\nBody.\n", 3, []string{"title: want a single value, got a list"}},
		{"url is a mapping", "a.md", "---\nurl:\n  href: x\n---\nBody.\n", 3, []string{"url: want a single value, got a mapping"}},
		{"key given twice", "a.md", "---\ntitle: A\nTitle: B\n---\nBody.\n", 3, []string{"title given twice"}},
		{"published and date disagree", "a.md", "---\npublished: 2023-09-24\ndate: 2023-09-25\n---\nBody.\n", 0, []string{"disagree"}},
		{"bad language", "a.md", "---\nlanguage: klingonese!\n---\nBody.\n", 0, []string{`language: "klingonese!" is not a BCP 47 tag`}},
		{"unsupported format", "a.pdf", "%PDF-1.4", 0, []string{"unsupported input format .pdf (want .md, .txt, .html, .jsonl or .json)"}},
		{"no extension", "README", "text", 0, []string{"unsupported input format", "no extension"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, tc.file, tc.content)
			wantInputError(t, readOneError(t, path), path, tc.line, tc.msgs...)
		})
	}
}

func TestReadUnreadable(t *testing.T) {
	for _, name := range []string{"missing.md", "missing.jsonl", "missing.json"} {
		path := filepath.Join(t.TempDir(), name)
		err := readOneError(t, path)
		wantInputError(t, err, path, 0, "cannot open")
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: errors.Is(%v, fs.ErrNotExist) is false", name, err)
		}
		if strings.Count(err.Error(), path) != 1 {
			t.Errorf("%s: error %q should name the path once", name, err)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	const path = "testdata/read/feed.jsonl"
	type result struct {
		doc  Document
		line int // of the error, 0 for a document
	}
	var got []result
	for doc, err := range Read(path, nil) {
		if err != nil {
			wantInputError(t, err, path, 3, `published: "yesterday-ish" is not a date`)
			got = append(got, result{line: 3})
			continue
		}
		got = append(got, result{doc: doc})
	}
	if len(got) != 3 || got[1].line != 3 {
		t.Fatalf("got %+v; want document, error on line 3, document", got)
	}
	want := []Document{{
		Origin: path + ":1",
		Article: graph.Article{ID: "feed-1", Title: "President of China lunches with Brazilian President",
			Source: "wikinews", Published: "2004-11-13", Language: "en"},
		Body: "Hu Jintao had lunch today with the President of Brazil, Luiz Inácio Lula da Silva.",
	}, {
		Origin: path + ":4",
		Article: graph.Article{ID: "https://example.org/cocoa", Title: "BAHIA COCOA REVIEW",
			URL: "https://example.org/cocoa", Published: "1987-02-26T15:01:01", Language: "en"},
		Body: "Showers continued throughout the week in the Bahia cocoa zone.",
	}}
	for i, w := range want {
		if g := got[i*2].doc; !reflect.DeepEqual(g, w) {
			t.Errorf("document %d =\n %+v\nwant\n %+v", i+1, g, w)
		}
	}
}

func TestReadJSONLErrors(t *testing.T) {
	const good = `{"id": "ok", "text": "Fine."}` + "\n"
	for _, tc := range []struct {
		name, content string
		line          int
		msgs          []string
	}{
		{"no text", good + `{"id": "x", "title": "T"}` + "\n", 2, []string{"no text"}},
		{"blank text", `{"id": "x", "text": "  "}`, 1, []string{"no text"}},
		{"title not a string", good + good + `{"title": [1, 2], "text": "T"}`, 3, []string{"title: want a string, got array"}},
		{"not an object", `["a", "b"]`, 1, []string{"want a JSON object, got array"}},
		{"broken JSON", `{"id": "x", "text": "T"`, 1, []string{"not valid JSON"}},
		{"bad JSON token", `{"id": x}`, 1, []string{"not valid JSON at byte 8"}},
		{"not UTF-8", good + "{\"text\": \"caf\xe9\"}\n", 2, []string{"not UTF-8"}},
		{"bad published", `{"text": "T", "published": "26/02/1987"}`, 1, []string{`published: "26/02/1987" is not a date`}},
		{"bad date", `{"text": "T", "date": "1987-02-30T15:01:01"}`, 1, []string{"published:", "is not a date"}},
		{"empty file", "", 0, []string{"empty file"}},
		{"only blank lines", "\n  \n\r\n", 0, []string{"empty file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, "feed.jsonl", tc.content)
			_, errs := collectRead(t, path, nil)
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one", errs)
			}
			wantInputError(t, errs[0], path, tc.line, tc.msgs...)
		})
	}
}

func TestReadJSONLLongLines(t *testing.T) {
	// 17 MiB of text in one record: more than any Scanner default.
	long := strings.Repeat("x", 17<<20)
	path := writeInput(t, "big.jsonl", `{"id": "big", "text": "`+long+`"}`+"\n"+`{"id": "after", "text": "T"}`)
	docs, errs := collectRead(t, path, nil)
	if len(errs) != 0 || len(docs) != 2 || len(docs[0].Body) != len(long) || docs[1].Article.ID != "after" {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}

	// Past the limit, the line is an error and the next one still reads.
	defer func(n int) { maxLineBytes = n }(maxLineBytes)
	maxLineBytes = 100
	path = writeInput(t, "long.jsonl", `{"id": "a", "text": "`+strings.Repeat("y", 70000)+`"}`+"\r\n"+`{"id": "b", "text": "T"}`+"\n")
	docs, errs = collectRead(t, path, nil)
	if len(docs) != 1 || docs[0].Article.ID != "b" || docs[0].Origin != path+":2" || len(errs) != 1 {
		t.Fatalf("got documents %+v, errors %v", docs, errs)
	}
	wantInputError(t, errs[0], path, 1, "line too long")
}

func TestReadSeedCorpus(t *testing.T) {
	const path = "../../shared/eval/corpus/seed.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("seed corpus not available: %v", err)
	}
	docs, errs := collectRead(t, path, nil)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	a := docs[0].Article
	if a.ID != "seed-lavrov-dprk" || a.Published != "2023-09-24" || a.Source != "BNN Breaking" ||
		!strings.HasPrefix(a.Title, "Russian FM Sergey Lavrov to visit North Korea") {
		t.Errorf("Article = %+v", a)
	}
	if !strings.HasPrefix(docs[0].Body, "The Aftermath of Kim-Putin Talks\n") {
		t.Errorf("Body starts %q", docs[0].Body[:40])
	}
}

func TestReadStopsEarly(t *testing.T) {
	n := 0
	for range Read("testdata/read/feed.jsonl", nil) {
		n++
		break
	}
	for range Read("testdata/read/claims.json", nil) {
		n++
		break
	}
	if n != 2 {
		t.Errorf("yielded %d times, want 2", n)
	}
}

// fakeResolve is a stand-in for the loader's resolver: countries by ISO code,
// one person who is not in the test files' entity lists.
func fakeResolve(name string) (*graph.Entity, bool) {
	e, ok := map[string]*graph.Entity{
		"Russia":         {ID: "RU", Name: "Russia", Kind: graph.Country},
		"North Korea":    {ID: "KP", Name: "North Korea", Kind: graph.Country},
		"DPRK":           {ID: "KP", Name: "North Korea", Kind: graph.Country},
		"Putin":          {ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: graph.Person, Country: "RU"},
		"Vladimir Putin": {ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: graph.Person, Country: "RU"},
	}[name]
	return e, ok
}

func TestReadClaimsTestdata(t *testing.T) {
	const path = "testdata/read/claims.json"
	const text = "Announcement of this visit came from Lavrov himself. Sergey Lavrov will visit North Korea next month."
	docs, errs := collectRead(t, path, nil)
	if len(docs) != 1 || len(errs) != 1 {
		t.Fatalf("got %d documents, errors %v; want one of each", len(docs), errs)
	}
	wantInputError(t, errs[0], path, 19, `article 2: event 1: unknown event type "VISIT"`)

	doc := docs[0]
	wantArticle := graph.Article{ID: "seed-lavrov-dprk", Title: "Russian FM Sergey Lavrov to visit North Korea next month",
		Source: "BNN Breaking", Published: "2023-09-24", Language: "en"}
	if doc.Origin != path+":2" || doc.Body != text || !reflect.DeepEqual(doc.Article, wantArticle) {
		t.Errorf("Origin %q, Body %q, Article %+v", doc.Origin, doc.Body, doc.Article)
	}
	x := doc.Claims
	if x == nil {
		t.Fatal("Claims is nil")
	}
	if err := x.Validate(); err != nil {
		t.Fatal(err)
	}
	lavrov := &graph.Entity{ID: "person/sergey-lavrov", Name: "Sergey Lavrov", Kind: graph.Person,
		Aliases: []string{"Lavrov"}, Country: "country/russia", Roles: []graph.Role{{Title: "Foreign Minister", Of: "country/russia"}}}
	nk := &graph.Entity{ID: "country/north-korea", Name: "North Korea", Kind: graph.Country, Aliases: []string{"DPRK"}}
	ru := &graph.Entity{ID: "country/russia", Name: "Russia", Kind: graph.Country}
	pyongyang := &graph.Entity{ID: "place/pyongyang", Name: "Pyongyang", Kind: graph.Location}
	if !reflect.DeepEqual(x.Entities, []*graph.Entity{lavrov, nk, ru, pyongyang}) {
		t.Errorf("Entities = %s", dumpEntities(x.Entities))
	}
	if len(x.Events) != 1 {
		t.Fatalf("%d events, want 1", len(x.Events))
	}
	ev := x.Events[0]
	evID := graph.EventID(graph.Consult, []string{"country/russia", "person/sergey-lavrov"}, []string{"country/north-korea"}, "2023-10", "")
	wantEvent := &graph.Event{ID: evID, Type: graph.Consult, Mode: "visit",
		Actors: []*graph.Entity{lavrov, ru}, Targets: []*graph.Entity{nk}, Location: pyongyang,
		Date: "2023-10", Precision: graph.Month, Status: graph.Planned, Confidence: 1}
	claims := ev.Claims
	ev.Claims = nil
	if !reflect.DeepEqual(ev, wantEvent) {
		t.Errorf("Event =\n %+v\nwant\n %+v", ev, wantEvent)
	}
	evidence := "Sergey Lavrov will visit North Korea next month."
	wantClaim := &graph.Claim{ID: graph.ClaimID("seed-lavrov-dprk", 0, evID), Text: evidence, Status: graph.Planned,
		Article: &x.Article, Sentence: -1, Start: 53, End: 101, Rule: "analyst", Confidence: 1}
	if len(claims) != 1 || !reflect.DeepEqual(claims[0], wantClaim) {
		t.Fatalf("Claims = %+v, want [%+v]", claims, wantClaim)
	}
	if text[claims[0].Start:claims[0].End] != evidence {
		t.Errorf("offsets %d:%d do not point at the evidence", claims[0].Start, claims[0].End)
	}
}

// dumpEntities prints entities for failure messages, where %v shows pointers.
func dumpEntities(es []*graph.Entity) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "\n %+v", *e)
	}
	return b.String()
}

func TestReadClaimsResolve(t *testing.T) {
	path := writeInput(t, "c.json", `{
  "url": "https://example.org/summit",
  "date": "2023-09-13",
  "entities": [
    {"name": "Kim Jong-un", "kind": "person", "country": "North Korea"},
    {"name": "North Korea", "kind": "COUNTRY"}
  ],
  "events": [
    {"type": "consult", "mode": "Meet", "actors": ["Kim Jong-un"], "targets": ["Putin"], "date": "2023-09-13", "precision": "DAY", "status": "REPORTED", "evidence": "Kim met Putin."},
    {"type": "CONSULT", "mode": "meet", "actors": ["kim jong-un"], "targets": ["Vladimir Putin"], "date": "2023-09-13", "status": "planned", "evidence": "Kim will meet Putin."},
    {"type": "AID", "actors": ["Russia"], "targets": ["DPRK", "North Korea"], "date": "2023", "status": "speculated", "evidence": "Russia could send aid."}
  ]
}`)
	docs, errs := collectRead(t, path, fakeResolve)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	x := docs[0].Claims
	if docs[0].Origin != path || x.Article.ID != "https://example.org/summit" || x.Article.Published != "2023-09-13" {
		t.Errorf("Origin %q, Article %+v", docs[0].Origin, x.Article)
	}
	gotIDs := entityIDs(x.Entities)
	if want := []string{"person/kim-jong-un", "KP", "person/vladimir-putin", "RU"}; !slices.Equal(gotIDs, want) {
		t.Errorf("entity IDs = %q, want %q", gotIDs, want)
	}
	if x.Entities[0].Country != "KP" {
		t.Errorf("Kim's country = %q, want KP", x.Entities[0].Country)
	}
	if len(x.Events) != 2 {
		t.Fatalf("%d events, want 2 (the repeated meeting merged)", len(x.Events))
	}
	meet, aid := x.Events[0], x.Events[1]
	if meet.Status != graph.Reported || meet.Mode != "meet" || meet.Precision != graph.Day || len(meet.Claims) != 2 {
		t.Errorf("meeting: status %s, mode %q, precision %s, %d claims", meet.Status, meet.Mode, meet.Precision, len(meet.Claims))
	}
	if c := meet.Claims[1]; c.Status != graph.Planned || c.ID != graph.ClaimID(x.Article.ID, 1, meet.ID) || c.Start != -1 || c.End != -1 {
		t.Errorf("second claim of the meeting = %+v", c)
	}
	if aid.Precision != graph.Year || !slices.Equal(entityIDs(aid.Targets), []string{"KP"}) || aid.Status != graph.Speculated {
		t.Errorf("aid: precision %s, targets %q, status %s", aid.Precision, entityIDs(aid.Targets), aid.Status)
	}
	if docs[0].Body != "" {
		t.Errorf("Body = %q, want empty: the file gives no text", docs[0].Body)
	}
}

func TestReadClaimsErrors(t *testing.T) {
	// claims builds a claims object with the given entities and events.
	claims := func(entities, events string) string {
		return `{"id": "a1", "published": "2023-09-24", "entities": [` + entities + `], "events": [` + events + `]}`
	}
	const ents = `{"name": "Sergey Lavrov", "kind": "PERSON"}, {"name": "North Korea", "kind": "COUNTRY"}`
	event := func(fields string) string {
		return `{"actors": ["Sergey Lavrov"], "targets": ["North Korea"], "status": "planned", "evidence": "E." ` + fields + `}`
	}
	for _, tc := range []struct {
		name, content string
		line          int
		msgs          []string
	}{
		{"unknown event type", claims(ents, event(`, "type": "VISIT"`)), 0, []string{`event 1: unknown event type "VISIT" (want one of AGREE, CONSULT`}},
		{"no event type", claims(ents, event(``)), 0, []string{"event 1: no type"}},
		{"unknown actor", claims(ents, event(`, "type": "CONSULT"`)+`, {"type": "CONSULT", "actors": ["Foo"], "status": "reported", "evidence": "E."}`),
			0, []string{`event 2: actor "Foo" is not among the entities and not known`}},
		{"unknown target", claims(ents, `{"type": "ASSAULT", "actors": ["North Korea"], "targets": ["Bar"], "status": "reported", "evidence": "E."}`),
			0, []string{`event 1: target "Bar" is not among the entities and not known`}},
		{"no actors", claims(ents, `{"type": "AID", "targets": ["North Korea"], "status": "reported", "evidence": "E."}`), 0, []string{"event 1: no actors"}},
		{"bad status", claims(ents, event(`, "type": "CONSULT", "status": "done"`)), 0, []string{`event 1: unknown status "done"`}},
		{"no status", claims(ents, `{"type": "AID", "actors": ["North Korea"], "evidence": "E."}`), 0, []string{"event 1: no status"}},
		{"no evidence", claims(ents, `{"type": "AID", "actors": ["North Korea"], "status": "reported"}`), 0, []string{"event 1: no evidence"}},
		{"date not at its precision", claims(ents, event(`, "type": "CONSULT", "date": "2023-10", "precision": "day"`)), 0, []string{`event 1: date "2023-10" is not a day date`}},
		{"impossible date", claims(ents, event(`, "type": "CONSULT", "date": "2023-13"`)), 0, []string{`date "2023-13" is not a month date`}},
		{"date of no known form", claims(ents, event(`, "type": "CONSULT", "date": "Oct 2023"`)), 0, []string{`date "Oct 2023" is not YYYY, YYYY-MM or YYYY-MM-DD`}},
		{"confidence out of range", claims(ents, event(`, "type": "CONSULT", "confidence": 1.5`)), 0, []string{"event 1: confidence 1.5 is not in [0,1]"}},
		{"precision without date", claims(ents, event(`, "type": "CONSULT", "precision": "month"`)), 0, []string{`precision "month" without a date`}},
		{"bad precision", claims(ents, event(`, "type": "CONSULT", "date": "2023", "precision": "decade"`)), 0, []string{`unknown precision "decade"`}},
		{"bad entity kind", claims(`{"name": "NATO", "kind": "ALLIANCE"}`, ``), 0, []string{`entity 1 ("NATO"): unknown kind "ALLIANCE"`}},
		{"entity without name", claims(`{"kind": "PERSON"}`, ``), 0, []string{"entity 1: no name"}},
		{"entity listed twice", claims(ents+`, {"name": "north korea", "kind": "COUNTRY"}`, ``), 0, []string{`entity 3 ("north korea") is the same entity as "North Korea"`}},
		{"unknown field", claims(ents, `{"type": "AID", "actor": ["North Korea"], "status": "reported", "evidence": "E."}`), 0, []string{`unknown field "actor"`}},
		{"unknown top-level field", `{"id": "a", "headline": "H"}`, 0, []string{`unknown field "headline"`}},
		{"wrong type", claims(ents, `{"type": "AID", "actors": "North Korea"}`), 0, []string{"events.actors: want an array, got string"}},
		{"bad published", `{"id": "a", "published": "yesterday-ish"}`, 0, []string{`published: "yesterday-ish" is not a date`}},
		{"nothing identifies the article", `{"title": "T"}`, 0, []string{"no id, url or text"}},
		{"syntax error", "{\n  \"id\": \"a\",\n  \"events\": [}\n", 3, []string{"not valid JSON"}},
		{"truncated", "{\"id\": \"a\",\n", 0, []string{"not valid JSON"}},
		{"trailing data", `{"id": "a"}` + "\n{\"id\": \"b\"}", 2, []string{"unexpected data after the JSON value"}},
		{"not an object", `"claims"`, 1, []string{"want a JSON object of claims, or an array of them"}},
		{"empty", " \n", 0, []string{"empty file"}},
		{"not UTF-8", "{\"id\": \"caf\xe9\"}", 1, []string{"not UTF-8"}},
		{"trailing comma", `{"id": "a"},`, 1, []string{"unexpected data after the JSON value"}},
		{"array syntax error", "[\n{\"id\": \"a\"},\n{\"id\": }\n]", 3, []string{"not valid JSON"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, "claims.json", tc.content)
			_, errs := collectRead(t, path, nil)
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one", errs)
			}
			wantInputError(t, errs[0], path, tc.line, tc.msgs...)
		})
	}
}

func TestReadClaimsArrayGoesOn(t *testing.T) {
	path := writeInput(t, "many.json", `[
  {"id": "a", "headline": "misspelt field"},
  {"id": "b", "events": [{"type": "AID", "actors": ["Nowhere"], "status": "reported", "evidence": "E."}]},
  {"id": "c"}
]`)
	docs, errs := collectRead(t, path, nil)
	if len(docs) != 1 || docs[0].Article.ID != "c" || docs[0].Origin != path+":4" {
		t.Fatalf("documents %+v", docs)
	}
	if len(errs) != 2 {
		t.Fatalf("errors %v, want two", errs)
	}
	wantInputError(t, errs[0], path, 2, `article 1: unknown field "headline"`)
	wantInputError(t, errs[1], path, 3, `article 2: event 1: actor "Nowhere" is not among the entities and not known`)
}

func TestReadClaimsTruncatedArray(t *testing.T) {
	path := writeInput(t, "cut.json", "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"}\n")
	docs, errs := collectRead(t, path, nil)
	if len(docs) != 2 || len(errs) != 1 {
		t.Fatalf("documents %+v, errors %v; want a, b and an error", docs, errs)
	}
	wantInputError(t, errs[0], path, 0, "not valid JSON: unexpected end of input")
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a/x.md", "a/b/y.jsonl", "a/b/z.JSON", "a/.git/h.md", "a/.hidden.md", "a/q.graphql", "a/notes.pdf", "c/w.txt", "empty/readme.rst"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in := func(p string) string { return filepath.Join(dir, p) }

	got, err := Inputs([]string{in("a"), in("a/*.md"), in("a/notes.pdf"), dir + "/./a/x.md", in("[c]")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{in("a/b/y.jsonl"), in("a/b/z.JSON"), in("a/notes.pdf"), in("a/x.md"), in("c/w.txt")}
	if !slices.Equal(got, want) {
		t.Errorf("Inputs =\n %q\nwant\n %q", got, want)
	}

	for _, tc := range []struct {
		path string
		msg  string
	}{
		{in("missing.md"), ": no such file or directory"},
		{in("a/*.txt"), "matches no files"},
		{in("empty"), "holds no .md"},
		{in("a/["), "bad pattern"},
		{"", "empty path"},
	} {
		got, err := Inputs([]string{in("c/w.txt"), tc.path})
		if !slices.Equal(got, []string{in("c/w.txt")}) {
			t.Errorf("%q: files %q, want the good path's", tc.path, got)
		}
		wantInputError(t, err, tc.path, 0, tc.msg)
		if tc.path != "" && strings.Count(err.Error(), tc.path) != 1 {
			t.Errorf("error %q should name the path once", err)
		}
	}
	if _, err := Inputs([]string{in("missing.md")}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v is not fs.ErrNotExist", err)
	}
}

// FuzzRead feeds arbitrary bytes to the front-matter parser, the JSON Lines
// record parser and the claims builder: none may panic, and what they accept
// must be a usable document.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: T\npublished: 2023-09-24\n---\nBody.\n",
		"---\ntitle: [1, 2]\n---\nBody.\n",
		"---\na: &x [1]\ntitle: *x\n---\nB\n",
		"---\n---\n",
		"---\r\nid: 1\r\n...\r\n# H\r\nB",
		"# Title\n\nBody",
		"\ufeff---\nlanguage: zh-Hant-TW\n---\nx",
		`{"id": "x", "date": "1987-02-26T15:01:01", "text": "T"}`,
		`{"title": [1], "text": 3}`,
		`{"text": "T", "published": "2023-09-24T10:00:00.5+02:00"}`,
		`{"id": "a1", "text": "E.", "entities": [{"name": "A", "kind": "COUNTRY"}], "events": [{"type": "AID", "actors": ["A"], "date": "2023-10", "status": "reported", "evidence": "E."}]}`,
		`{"id": "a2", "entities": [{"name": "A", "kind": "PERSON", "aliases": ["a"]}, {"name": "B", "kind": "COUNTRY"}], "events": [{"type": "CONSULT", "actors": ["a"], "targets": ["B"], "status": "planned", "evidence": "E.", "rule": "verb:visit", "confidence": 0.65, "location": "Paris"}]}`,
		"\xff\xfe",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if meta, body, err := parseText(data); err == nil {
			if strings.TrimSpace(body) == "" {
				t.Errorf("parseText accepted %q with an empty body", data)
			}
			_, _ = meta.article(body)
		}
		if doc, err := parseLine(data); err == nil && (doc.Article.ID == "" || doc.Body == "") {
			t.Errorf("parseLine accepted %q without id or body: %+v", data, doc)
		}
		var c claimsArticle
		if jsonErr := jsonUnmarshalStrict(data, &c); jsonErr == nil {
			if doc, err := c.document(fakeResolve); err == nil {
				if err := doc.Claims.Validate(); err != nil {
					t.Errorf("document accepted %q but its claims do not validate: %v", data, err)
				}
				checkClaimsRoundTrip(t, doc)
			}
		}
	})
}

// checkClaimsRoundTrip writes doc's claims with ClaimsWriter and reads
// them back: the same events must return, with the same rules.
func checkClaimsRoundTrip(t *testing.T, doc Document) {
	t.Helper()
	var buf bytes.Buffer
	cw := NewClaimsWriter(&buf)
	if err := cw.Write(doc.Claims, doc.Body); err != nil {
		t.Fatalf("writing claims: %v", err)
	}
	if err := cw.Close(); err != nil {
		t.Fatalf("closing claims: %v", err)
	}
	written := buf.String()
	n := 0
	for back, err := range ReadFrom("back.json", &buf, fakeResolve) {
		if err != nil {
			t.Fatalf("claims written as\n%s\ndo not read back: %v", written, err)
		}
		n++
		if len(back.Claims.Events) != len(doc.Claims.Events) {
			t.Fatalf("%d events read back, %d written:\n%s", len(back.Claims.Events), len(doc.Claims.Events), written)
		}
		for i, ev := range doc.Claims.Events {
			got := back.Claims.Events[i]
			if got.ID != ev.ID || got.Claims[0].Rule != ev.Claims[0].Rule {
				t.Errorf("event %d read back as %s (%s), written as %s (%s):\n%s", i, got.ID, got.Claims[0].Rule, ev.ID, ev.Claims[0].Rule, written)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d articles read back, 1 written:\n%s", n, written)
	}
}

// jsonUnmarshalStrict decodes data as readClaims does.
func jsonUnmarshalStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}
