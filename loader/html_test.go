package loader

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/geokg/geokg/graph"
)

// markupRE finds what must not survive into a body: tags and character
// references.
var markupRE = regexp.MustCompile(`<[a-zA-Z/!][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\d*);`)

// checkHTMLBody checks the shape every HTML body must have: UTF-8 plain
// text, one paragraph a line with blank lines between, single spaces, no
// markup, ending in a newline.
func checkHTMLBody(t *testing.T, body string) {
	t.Helper()
	if !utf8.ValidString(body) {
		t.Errorf("body is not UTF-8: %q", body)
	}
	if m := markupRE.FindString(body); m != "" {
		t.Errorf("body keeps markup %q", m)
	}
	if !strings.HasSuffix(body, "\n") || strings.HasSuffix(body, "\n\n") {
		t.Errorf("body should end in exactly one newline: %q", body[max(0, len(body)-40):])
	}
	for i, para := range strings.Split(strings.TrimSuffix(body, "\n"), "\n\n") {
		if para == "" || strings.Contains(para, "\n") || para != strings.Join(strings.Fields(para), " ") {
			t.Errorf("paragraph %d is not one line of single spaces: %q", i, para)
		}
		if strings.ContainsFunc(para, func(r rune) bool { return unicode.IsControl(r) || r == '\u00a0' }) {
			t.Errorf("paragraph %d keeps control or no-break characters: %q", i, para)
		}
	}
}

// Furniture of testdata/read/lavrov-visit.html that must not reach the body.
var lavrovFurniture = []string{
	"cookies", "Accept", "World News Daily", "Politics", "Business", "Sport", // cookie banner, site header, nav
	"Anna Petrova", "correspondent", "By ", // byline
	"09:15", "24 September", // dateline
	"87 comments", "comments", // comment count and thread
	"Share", "Facebook", "Email", // share buttons
	"Read also", "Kim and Putin meet at Russian spaceport", // "Read also" link
	"satellite launch fails again",                         // a paragraph that is only a link
	"Morning Briefing", "newsletter", "Subscribe", "inbox", // newsletter blurb
	"Related stories", "Shoigu", "Seoul summons", // related links
	"ivan_k", "photo opportunity", // comments
	"Most read", "Markets fall", // sidebar
	"All rights reserved", "About us", "Privacy", // site footer
	"Russia\n\nNorth Korea", // tags
}

func TestReadHTMLPages(t *testing.T) {
	for _, tc := range []struct {
		path      string
		want      graph.Article // ID "" means graph.ContentID(body)
		paras     []string      // whole paragraphs the body must hold, in order
		furniture []string      // strings the body must not hold
	}{{
		path: "testdata/read/lavrov-visit.html",
		want: graph.Article{
			ID:        "https://news.example.com/world/lavrov-north-korea",
			Title:     "Russian FM Sergey Lavrov to visit North Korea next month",
			URL:       "https://news.example.com/world/lavrov-north-korea",
			Source:    "World News Daily",
			Published: "2023-09-24T09:15:00+03:00",
			Language:  "en",
		},
		paras: []string{
			"Russian Foreign Minister Sergey Lavrov will visit North Korea next month, the Kremlin said on Sunday, days after the landmark summit between Kim Jong-un and Vladimir Putin at the Vostochny cosmodrome.",
			"Kremlin spokesman Dmitry Peskov told reporters that the visit was being prepared “in line with the agreements reached at the highest level” and that Lavrov would hold talks with his North Korean counterpart, Choe Son-hui, in Pyongyang.",
			"Talks on Cooperation",
			"Western governments fear that Moscow and Pyongyang are discussing a deal in which North Korea would supply artillery shells for Russia’s war in Ukraine in exchange for technology for its satellite programme.",
			"Both governments have denied any arms deal. Washington has warned that any transfer of weapons would violate United Nations Security Council resolutions.",
			"Lavrov last travelled to Pyongyang in 2018, when he met Kim Jong-un and invited him to visit Russia.",
		},
		furniture: lavrovFurniture,
	}, {
		path: "testdata/read/vienna-cp1252.html",
		want: graph.Article{
			Title:    "Schönbrunn talks – Europe Today",
			Source:   "Europe Today",
			Language: "en-GB",
		},
		paras: []string{
			"German Foreign Minister Annalena Baerbock met her Austrian counterpart Alexander Schallenberg at Schönbrunn Palace in Vienna on Monday – the first such meeting this year.",
			"“We agreed on closer coöperation,” Schallenberg said after the talks, which lasted two hours. The ministers discussed energy prices, migration and the café culture that both capitals claim as their own.",
			"The next round is planned for Berlin in the spring… officials said.",
		},
		furniture: []string{"Startseite", "Politik", "©", "\ufffd"},
	}} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			docs, errs := collectRead(t, tc.path, nil)
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v; want one document", len(docs), errs)
			}
			doc := docs[0]
			checkHTMLBody(t, doc.Body)
			want := tc.want
			if want.ID == "" {
				want.ID = graph.ContentID(doc.Body)
			}
			if !reflect.DeepEqual(doc.Article, want) {
				t.Errorf("Article =\n %+v\nwant\n %+v", doc.Article, want)
			}
			if doc.Origin != tc.path || doc.Claims != nil {
				t.Errorf("Origin = %q, Claims = %v; want %q, nil", doc.Origin, doc.Claims, tc.path)
			}
			paras := strings.Split(strings.TrimSuffix(doc.Body, "\n"), "\n\n")
			if !slices.Equal(paras, tc.paras) {
				t.Errorf("paragraphs =\n %q\nwant\n %q", paras, tc.paras)
			}
			for _, f := range tc.furniture {
				if strings.Contains(doc.Body, f) {
					t.Errorf("body keeps furniture %q:\n%s", f, doc.Body)
				}
			}
		})
	}
}

// htmlPage builds a page with head inside <head> and one story paragraph
// in <body>.
func htmlPage(head string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body><div><p>" + storyPara + "</p></div></body></html>"
}

const storyPara = "Russian Foreign Minister Sergey Lavrov will visit North Korea next month, the Kremlin said on Sunday."

func TestReadHTMLMetadata(t *testing.T) {
	body := storyPara + "\n"
	for _, tc := range []struct {
		name, file, content string
		want                graph.Article // ID "" means graph.ContentID(body)
	}{{
		name: "title from <title>, no URL: content ID", file: "a.html",
		content: htmlPage("<title>Lavrov to visit  North\nKorea</title>"),
		want:    graph.Article{Title: "Lavrov to visit North Korea", Language: "en"},
	}, {
		name: "og:title beats <title>; relative canonical resolved against og:url", file: "a.htm",
		content: htmlPage(`<title>Home | Site</title><meta property="og:title" content="Lavrov to visit"><link rel="canonical" href="/world/lavrov"><meta property="og:url" content="https://example.org/world/lavrov?ref=rss">`),
		want:    graph.Article{ID: "https://example.org/world/lavrov", Title: "Lavrov to visit", URL: "https://example.org/world/lavrov", Language: "en"},
	}, {
		name: "og:url without canonical; relative og:url alone is no URL", file: "A.HTML",
		content: htmlPage(`<meta property="og:url" content="https://example.org/b">`),
		want:    graph.Article{ID: "https://example.org/b", URL: "https://example.org/b", Language: "en"},
	}, {
		name: "relative URLs only", file: "a.html",
		content: htmlPage(`<link rel="canonical" href="/b"><meta property="og:url" content="/b">`),
		want:    graph.Article{Language: "en"},
	}, {
		name: "JSON-LD datePublished in a @graph, zone-less, and publisher as source", file: "a.html",
		content: htmlPage(`<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"}, {"@type": "NewsArticle", "headline": "H", "datePublished": "2023-09-24T10:30:00", "publisher": {"@type": "Organization", "name": "Example News"}}]}</script>`),
		want:    graph.Article{Title: "H", Source: "Example News", Published: "2023-09-24T10:30:00", Language: "en"},
	}, {
		name: "og:site_name beats JSON-LD publisher; JSON-LD date beats meta", file: "a.html",
		content: htmlPage(`<meta property="og:site_name" content="OG Site"><meta property="article:published_time" content="2023-09-25"><script type="application/ld+json">[{"@context": "https://schema.org", "@type": "Article", "datePublished": "2023-09-24", "publisher": {"name": "LD Site"}}]</script>`),
		want:    graph.Article{Source: "OG Site", Published: "2023-09-24", Language: "en"},
	}, {
		name: "RFC 1123 meta date, read by readability", file: "a.html",
		content: htmlPage(`<meta property="article:published_time" content="Sun, 24 Sep 2023 10:30:00 GMT">`),
		want:    graph.Article{Published: "2023-09-24T10:30:00Z", Language: "en"},
	}, {
		name: "offset without a colon", file: "a.html",
		content: htmlPage(`<meta property="article:published_time" content="2023-09-24T10:30:00+0200">`),
		want:    graph.Article{Published: "2023-09-24T10:30:00+02:00", Language: "en"},
	}, {
		name: "a date nobody can read is left out", file: "a.html",
		content: htmlPage(`<meta property="article:published_time" content="yesterday">`),
		want:    graph.Article{Language: "en"},
	}, {
		name: "itemprop datePublished", file: "a.html",
		content: htmlPage(`<meta itemprop="datePublished" content="2023-09-24">`),
		want:    graph.Article{Published: "2023-09-24", Language: "en"},
	}, {
		name: "<time datetime> in the article, not the sidebar's; html lang", file: "a.html",
		content: `<html lang="EN-us"><body><aside><time datetime="2020-01-01">old</time></aside><article><p>Russian Foreign Minister Sergey Lavrov will visit North Korea next month, the Kremlin said on <time datetime="2023-09-24T10:30:00.5+02:00">Sunday</time>.</p><p class="dateline"><time datetime="2023-09-25">Monday</time></p></article></body></html>`,
		want:    graph.Article{Published: "2023-09-24T10:30:00.5+02:00", Language: "en-US"},
	}, {
		name: "a bad lang is ignored", file: "a.html",
		content: `<html lang="not a tag"><body><p>` + storyPara + `</p></body></html>`,
		want:    graph.Article{Language: "en"},
	}, {
		name: "fragment without html, head or body", file: "a.html",
		content: "<p>" + storyPara + "</p>",
		want:    graph.Article{Language: "en"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, tc.file, tc.content)
			docs, errs := collectRead(t, path, nil)
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v; want one document", len(docs), errs)
			}
			want := tc.want
			if want.ID == "" {
				want.ID = graph.ContentID(body)
			}
			if !reflect.DeepEqual(docs[0].Article, want) {
				t.Errorf("Article =\n %+v\nwant\n %+v", docs[0].Article, want)
			}
			if docs[0].Body != body {
				t.Errorf("Body = %q, want %q", docs[0].Body, body)
			}
		})
	}
}

func TestReadHTMLCharsets(t *testing.T) {
	const text = "Außenminister Schallenberg empfing Baerbock in Schönbrunn – „ein gutes Gespräch“, sagte er."
	page := func(meta string) string {
		return `<html><head>` + meta + `</head><body><p>` + text + `</p></body></html>`
	}
	latin1, err := charmap.Windows1252.NewEncoder().String(page(`<meta charset="ISO-8859-1">`))
	if err != nil {
		t.Fatal(err)
	}
	httpEquiv, err := charmap.Windows1252.NewEncoder().String(page(`<meta http-equiv="Content-Type" content="text/html; charset='windows-1252'">`))
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(page(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, content string }{
		{"UTF-8, undeclared", page("")},
		{"UTF-8 with a BOM", "\ufeff" + page("")},
		{"UTF-8, declared", page(`<meta charset="utf-8">`)},
		{"ISO-8859-1 declared by <meta charset>", latin1},
		{"windows-1252 declared by http-equiv", httpEquiv},
		{"UTF-16 with a BOM", utf16},
		{"unknown charset, but UTF-8", page(`<meta charset="x-klingon">`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, "page.html", tc.content)
			docs, errs := collectRead(t, path, nil)
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v; want one document", len(docs), errs)
			}
			if want := text + "\n"; docs[0].Body != want {
				t.Errorf("Body = %q, want %q", docs[0].Body, want)
			}
		})
	}
}

func TestReadHTMLErrors(t *testing.T) {
	deep := strings.Repeat("<div>", 600) + "<p>" + storyPara + "</p>"
	for _, tc := range []struct {
		name, file, content string
		line                int
		msgs                []string
	}{
		{"empty", "e.html", "", 0, []string{"empty file"}},
		{"blank", "e.htm", " \n\t\r\n", 0, []string{"empty file"}},
		{"only a BOM", "e.html", "\ufeff\n", 0, []string{"empty file"}},
		{"markup without text", "e.html", "<!DOCTYPE html><html><head><title>T</title></head><body><div></div></body></html>", 0, []string{"no article text found in the page"}},
		{"only furniture", "e.html", `<html><body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies.</div><footer>© 2023</footer></body></html>`, 0, []string{"no article text found in the page"}},
		{"Latin-1 bytes, no charset", "e.html", "<html><body>\n<p>Caf\xe9 talks in Vienna.</p></body></html>", 2, []string{"not UTF-8 text (bad byte 0xe9 at offset 19)", "declares no charset"}},
		{"declared UTF-8, Latin-1 bytes", "e.html", "<meta charset=utf-8><p>Caf\xe9</p>", 1, []string{"not UTF-8 text (bad byte 0xe9", "though it declares charset utf-8"}},
		{"unknown charset, not UTF-8", "e.html", "<meta charset=x-klingon><p>Caf\xe9</p>", 0, []string{`declares charset "x-klingon", which is not one this reader knows, and is not UTF-8`}},
		{"too deeply nested to parse", "e.html", deep, 0, []string{"cannot parse the page as HTML"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, tc.file, tc.content)
			err := readOneError(t, path)
			wantInputError(t, err, path, tc.line, tc.msgs...)
		})
	}

	for _, tc := range []struct{ path, msg string }{
		{"testdata/read/empty.html", "testdata/read/empty.html: empty file"},
		{"testdata/read/no-article.html", "testdata/read/no-article.html: no article text found in the page"},
	} {
		err := readOneError(t, tc.path)
		wantInputError(t, err, tc.path, 0)
		if err.Error() != tc.msg {
			t.Errorf("error %q, want %q", err, tc.msg)
		}
		if !errors.Is(err, errNoArticleText) && strings.Contains(tc.msg, "no article") {
			t.Errorf("%v is not errNoArticleText", err)
		}
	}
}

func TestIsFurnitureLine(t *testing.T) {
	for _, line := range []string{
		"Read also: Kim and Putin meet at Russian spaceport", "READ MORE", "See also", "Related stories", "Most read:",
		"Share", "Share on Facebook", "Follow us on Telegram", "Advertisement", "Skip to content",
		"87 comments", "1.2k shares", "Comments (12)", "View all 87 comments", "Join the conversation",
		"Sign up for our daily newsletter and get the top stories in your inbox every morning.",
		"We use cookies to improve your experience.", "Manage cookies",
		"By Anna Petrova", "By Anna Petrova, Moscow correspondent", "by John Smith and Li Wei | Reuters", "By Anna Petrova", // the last is readability's byline
		"Published 24 September 2023, 09:15", "Updated: 10:30 BST", "Photo: Reuters",
	} {
		if !isFurnitureLine(line, "") {
			t.Errorf("isFurnitureLine(%q) = false, want true", line)
		}
	}
	for _, line := range []string{
		"By Tuesday, the talks had ended.", "By Sunday the delegation had left Pyongyang for Vladivostok",
		"Share prices fell in Moscow after the announcement.", "Updated figures show that trade doubled.",
		"Join the discussion on Ukraine's future, Lavrov told the assembly.",
		"Related talks are planned for October.", "Comments by the minister angered Seoul.",
		"The newsletter of the party, Rodong Sinmun, said the two leaders would sign up to a new treaty and subscribe to closer ties.",
		"Talks on Cooperation",
		strings.Repeat("We use cookies and other words in a very long paragraph that is the story itself, ", 3),
	} {
		if isFurnitureLine(line, "Anna Petrova") {
			t.Errorf("isFurnitureLine(%q) = true, want false", line)
		}
	}
	if !isFurnitureLine("Anna Petrova", "Anna Petrova") {
		t.Error("a line that is readability's byline is not furniture")
	}
}

// TestReadHTMLExtract reads the news page and extracts from it: the page
// furniture must be gone, and the story's planned visit must be found,
// with claim offsets into the body.
func TestReadHTMLExtract(t *testing.T) {
	const path = "testdata/read/lavrov-visit.html"
	docs, errs := collectRead(t, path, nil)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	out, err := NewExtractor().Extract(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Events) == 0 {
		t.Fatalf("no events from %s:\n%s", path, docs[0].Body)
	}
	visit := false
	for _, e := range out.Events {
		for _, c := range e.Claims {
			if c.Start < 0 || c.End > len(docs[0].Body) || c.Start >= c.End || docs[0].Body[c.Start:c.End] != c.Text {
				t.Errorf("claim %q: offsets [%d, %d) do not locate it in the body", c.Text, c.Start, c.End)
			}
		}
		if e.Type == graph.EventType("CONSULT") && slices.ContainsFunc(e.Actors, func(a *graph.Entity) bool { return strings.Contains(a.Name, "Lavrov") }) &&
			slices.ContainsFunc(e.Targets, func(a *graph.Entity) bool { return a.Name == "North Korea" }) {
			visit = true
		}
	}
	if !visit {
		for _, e := range out.Events {
			t.Logf("event %s", e.Label)
		}
		t.Error("no CONSULT event with Lavrov as actor and North Korea as target")
	}
}

func TestInputsFindsHTML(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.html", "b.HTM", "c.xhtml", "d.md"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Inputs([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.html"), filepath.Join(dir, "b.HTM"), filepath.Join(dir, "d.md")}
	if !slices.Equal(got, want) {
		t.Errorf("Inputs = %q, want %q", got, want)
	}
}

// FuzzReadHTML feeds arbitrary bytes to the HTML reader: it must never
// panic, every failure must be an *InputError naming the input, and what it
// accepts must be a usable document with a plain-text body.
func FuzzReadHTML(f *testing.F) {
	for _, p := range []string{"testdata/read/lavrov-visit.html", "testdata/read/vienna-cp1252.html", "testdata/read/no-article.html"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, seed := range []string{
		"",
		"<p>" + storyPara + "</p>",
		"<meta charset=windows-1252><p>Caf\xe9 \x93talks\x94 \x85</p>",
		"<meta charset=utf-8><p>Caf\xe9</p>",
		"\xff\xfe<\x00p\x00>\x00H\x00i\x00",
		"<script type=application/ld+json>{\"@graph\": [[[{\"datePublished\": 1}]]]}</script><p>x</p>",
		`<time datetime="2023-02-30">x</time><p>a &amp; b &lt;c&gt; &#0; &#x110000;</p>`,
		"<svg><title>t</title></svg><math><mi>x</mi></math><table><td>cell<td>cell</table>",
		"<pre>  keep\n\n  this\x00</pre><template><p>no</p></template>",
		strings.Repeat("<b>", 600),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		for doc, err := range ReadFrom("fuzz.html", bytes.NewReader(data), nil) {
			n++
			if err != nil {
				if ie, ok := errors.AsType[*InputError](err); !ok || ie.Path != "fuzz.html" {
					t.Fatalf("error %v (%T) is not an *InputError for fuzz.html", err, err)
				}
				continue
			}
			if doc.Article.ID == "" || doc.Origin != "fuzz.html" {
				t.Errorf("document without ID or origin: %+v", doc)
			}
			if !utf8.ValidString(doc.Body) || strings.TrimSpace(doc.Body) == "" || !strings.HasSuffix(doc.Body, "\n") {
				t.Errorf("bad body %q", doc.Body)
			}
			if strings.Contains(doc.Body, "\n\n\n") || strings.ContainsFunc(doc.Body, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) {
				t.Errorf("body %q has stray blank lines or control characters", doc.Body)
			}
			if _, err := normaliseDate(doc.Article.Published); doc.Article.Published != "" && err != nil {
				t.Errorf("published %q is not normalised: %v", doc.Article.Published, err)
			}
		}
		if n != 1 {
			t.Errorf("got %d results, want one", n)
		}
	})
}
