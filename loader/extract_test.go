package loader

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// shared is one Extractor for all tests, as production code would share it.
var shared = sync.OnceValue(NewExtractor)

// corpusArticle is a line of the evaluation corpora.
type corpusArticle struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// readCorpus reads a JSON Lines corpus, skipping the test when it is absent.
func readCorpus(tb testing.TB, path string) []corpusArticle {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var out []corpusArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a corpusArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

func (c corpusArticle) document() Document {
	return Document{Origin: c.ID, Article: graph.Article{ID: c.ID, Title: c.Title, Published: c.Date}, Body: c.Text}
}

// checkOffsets asserts that every claim's offsets select its text.
func checkOffsets(tb testing.TB, body string, ex *graph.Extraction) {
	tb.Helper()
	for _, ev := range ex.Events {
		for _, c := range ev.Claims {
			if c.Start < 0 || c.End > len(body) || c.Start > c.End || body[c.Start:c.End] != c.Text {
				tb.Fatalf("claim %q: offsets %d:%d do not select it", c.Text, c.Start, c.End)
			}
		}
	}
}

func TestExtractSeed(t *testing.T) {
	arts := readCorpus(t, "../../shared/eval/corpus/seed.jsonl")
	ex, err := shared().Extract(arts[0].document())
	if err != nil {
		t.Fatal(err)
	}
	if err := ex.Validate(); err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, arts[0].Text, ex)
	tests := []struct {
		name          string
		typ           graph.EventType
		mode          string
		actor, target string // entity IDs
		date          string
		precision     graph.Precision
		status        graph.Status
		evidence      string // a substring of one claim
		required      bool
	}{
		{"Lavrov visits North Korea next month", graph.Consult, "visit", "person/sergey-lavrov", "KP", "2023-10", graph.Month, graph.Planned, "impending visit by the Russian Foreign Minister", true},
		{"Kim meets Putin on September 13", graph.Consult, "meet", "person/kim-jong-un", "person/vladimir-putin", "2023-09-13", graph.Day, graph.Reported, "September 13 meeting", true},
		{"Kim invites Putin", graph.Request, "invite", "person/kim-jong-un", "person/vladimir-putin", "", "", graph.Reported, "invitation extended by Kim", false},
		{"Putin's planned trip to North Korea", graph.Consult, "visit", "person/vladimir-putin", "KP", "", "", graph.Planned, "forthcoming trip", false},
		{"North Korea may supply ammunition to Russia", graph.Aid, "military", "KP", "RU", "", "", graph.Speculated, "supplying ammunition", false},
		{"Russia may give food aid to North Korea", graph.Aid, "humanitarian", "RU", "KP", "", "", graph.Speculated, "food aid", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range ex.Events {
				if ev.Type != tt.typ || ev.Actors[0].ID != tt.actor || len(ev.Targets) == 0 || ev.Targets[0].ID != tt.target {
					continue
				}
				if ev.Mode != tt.mode || ev.Date != tt.date || ev.Precision != tt.precision || ev.Status != tt.status {
					t.Errorf("%s: mode %q date %q %q status %q; want %q %q %q %q", ev.Label, ev.Mode, ev.Date, ev.Precision, ev.Status, tt.mode, tt.date, tt.precision, tt.status)
				}
				for _, c := range ev.Claims {
					if strings.Contains(c.Text, tt.evidence) {
						return
					}
				}
				t.Errorf("%s: no claim contains %q", ev.Label, tt.evidence)
				return
			}
			if tt.required {
				t.Errorf("no %s event %s → %s", tt.typ, tt.actor, tt.target)
			} else {
				t.Logf("aimed-for event not found: %s", tt.name)
			}
		})
	}
}

func TestExtractRules(t *testing.T) {
	tests := []struct {
		name          string
		body          string
		published     string
		typ           graph.EventType
		actor, target string
		date          string
		status        graph.Status
	}{
		{"active visit", "Chinese President Xi Jinping visited Moscow on Monday.", "2023-03-22", graph.Consult, "person/xi-jinping", "RU", "2023-03-20", graph.Reported},
		{"planned trip", "Japanese Prime Minister Fumio Kishida will travel to Kyiv next week.", "2023-03-10", graph.Consult, "person/fumio-kishida", "UA", "2023-03", graph.Planned},
		{"talks with", "Israel held talks with Egypt in Cairo yesterday.", "2009-01-10", graph.Consult, "IL", "EG", "2009-01-09", graph.Reported},
		{"X and Y met", "Obama and Medvedev met in London on 1 April 2009.", "2009-04-02", graph.Consult, "person/barack-obama", "person/dmitry-medvedev", "2009-04-01", graph.Reported},
		{"a date beyond a comma is the other clause's", "Lavrov, who arrived in Beijing on Monday, met Wang Yi on Tuesday.", "2023-03-22", graph.Consult, "person/sergey-lavrov", "person/wang-yi", "2023-03-21", graph.Reported},
		{"talks scheduled", "Talks between Russia and China are scheduled for April 5.", "2023-03-22", graph.Consult, "RU", "CN", "2023-04-05", graph.Planned},
		{"passive invite", "The Iranian President was invited by Venezuela.", "", graph.Request, "VE", "IR", "", graph.Reported},
		{"sanctions on", "The European Union imposed sanctions on Belarus in 2021.", "2022-01-01", graph.Sanction, "org/european-union", "BY", "2021", graph.Reported},
		{"accuse", "Ukraine accused Russia of shelling the plant.", "", graph.Accuse, "UA", "RU", "", graph.Reported},
		{"denied attack", "Pakistan did not attack India, officials said.", "", graph.Assault, "PK", "IN", "", graph.Denied},
		{"speculated supply", "Iran could supply drones to Russia.", "", graph.Aid, "IR", "RU", "", graph.Speculated},
		{"pronoun subject", "Sergey Lavrov arrived on Sunday. He met Wang Yi in Beijing.", "", graph.Consult, "person/sergey-lavrov", "person/wang-yi", "", graph.Reported},
		{"titled unknown person", "Foreign Minister Ana Maria Lopez condemned Nicaragua.", "", graph.Accuse, "person/ana-maria-lopez", "NI", "", graph.Reported},
		{"bare surname later", "Russian Foreign Minister Sergey Lavrov spoke. Lavrov criticised NATO.", "", graph.Accuse, "person/sergey-lavrov", "org/nato", "", graph.Reported},
		{"capital metonym", "Pyongyang threatened Seoul again.", "", graph.Threaten, "KP", "KR", "", graph.Reported},
		{"organisation rule", "The Ukrainian Defence Ministry accused Belarus of aiding Moscow.", "", graph.Accuse, "org/ukrainian-defence-ministry", "BY", "", graph.Reported},
		{"pair summit", "The Bush-Putin summit in Slovenia was cordial.", "", graph.Consult, "person/george-w-bush", "person/vladimir-putin", "", graph.Reported},
		{"signing", "India signed a nuclear agreement with the United States on Friday.", "2008-10-12", graph.Support, "IN", "US", "2008-10-10", graph.Reported},
		{"apology", "Japan apologised to South Korea.", "", graph.Concede, "JP", "KR", "", graph.Reported},
		{"future date makes a plan", "Erdogan visits Athens on December 7.", "2023-12-01", graph.Consult, "person/recep-tayyip-erdogan", "GR", "2023-12-07", graph.Planned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Article: graph.Article{ID: "t", Published: tt.published}, Body: tt.body}
			ex, err := shared().Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, tt.body, ex)
			var got []string
			for _, ev := range ex.Events {
				got = append(got, fmt.Sprintf("%s %s→%v %s %s", ev.Type, ev.Actors[0].ID, ids(ev.Targets), ev.Date, ev.Status))
				if ev.Type == tt.typ && ev.Actors[0].ID == tt.actor && len(ev.Targets) > 0 && ev.Targets[0].ID == tt.target {
					if ev.Date != tt.date || ev.Status != tt.status {
						t.Errorf("date %q status %q; want %q %q", ev.Date, ev.Status, tt.date, tt.status)
					}
					return
				}
			}
			t.Errorf("no %s %s → %s in %q", tt.typ, tt.actor, tt.target, got)
		})
	}
}

func ids(es []*graph.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestExtractNoEvents(t *testing.T) {
	tests := []struct{ name, body string }{
		{"headline", "Russia Threatens Ukraine Again\nNothing happened today."},
		{"furniture", "(Read Also: Russia attacks Ukraine)\nSubscribe to our newsletter\nComments"},
		{"compound adjective", "The agreed-upon measures from Russia were published."},
		{"participle after possessive", "Observers noted Russia's demonstrated interest."},
		{"neutral statement", "Vladimir Putin said the economy was growing."},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := shared().Extract(Document{Article: graph.Article{ID: "t"}, Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range ex.Events {
				t.Errorf("unexpected event %q from %q", ev.Label, ev.Claims[0].Text)
			}
		})
	}
}

func TestExtractHostile(t *testing.T) {
	long := strings.Repeat("Russia attacked Ukraine and met China ", 3000) // one 100,000-char sentence
	huge := strings.Repeat("Kim Jong-un met Vladimir Putin in Moscow on Tuesday. ", 200000)
	tests := []struct {
		name, body string
		// minEvents is how many events must survive the noise around them.
		minEvents int
	}{
		{"long sentence", long, 1},
		{"10 MB", huge[:10<<20], 1},
		{"control characters", "Russia\x00 attacked\x07 Ukraine\x1b.\r\n\tNATO\x7f condemned Russia.", 0},
		{"invalid UTF-8", "Russia \xff\xfe attacked Ukr\xc3aine. Kim \xed\xa0\x80 met Putin.", 0},
		{"only punctuation", strings.Repeat(".!?;:,-–—'’\"", 1000), 0},
		{"dotted", strings.Repeat("U.", 50000) + " met Russia.", 0},
		{"text ends after a title's of the", "Iran protested. Chaudhry Pervaiz Elahi, parliamentary leader of the", 0},
		{"text ends after calls by the", "Russia met China. Iran rejected calls by the", 0},
		{"mixed scripts", "Путин встретился с Ким Чен Ыном. 金正恩在平壤会见了普京。 التقى بوتين كيم. Vladimir Putin met Kim Jong-un in Vladivostok on Wednesday. 北朝鮮 Russia ロシア.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := shared().Extract(Document{Article: graph.Article{ID: "t", Published: "2023-09-24"}, Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, tt.body, ex)
			if len(ex.Events) < tt.minEvents {
				t.Errorf("%d events, want at least %d", len(ex.Events), tt.minEvents)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ name, want string }{
		{"DPRK", "KP"}, {"North Korea", "KP"}, {"the U.S.", "US"}, {"U.S.", "US"}, {"Britain", "GB"}, {"UK", "GB"},
		{"USSR", "RU"}, {"Lavrov", "person/sergey-lavrov"}, {"Kim Jong Un", "person/kim-jong-un"},
		{"NATO", "org/nato"}, {"Hezbollah", "org/hezbollah"}, {"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
		{"Pyongyang", ""}, {"Russian", ""}, {"Atlantis", ""}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := shared().Resolve(tt.name)
			if got := ""; ok {
				got = e.ID
				if got != tt.want {
					t.Errorf("Resolve(%q) = %s, want %q", tt.name, got, tt.want)
				}
			} else if tt.want != "" {
				t.Errorf("Resolve(%q) not found, want %s", tt.name, tt.want)
			}
		})
	}
}

func TestExtractConcurrent(t *testing.T) {
	x := shared()
	body := "Kim Jong-un met Vladimir Putin on September 13. Lavrov will visit Pyongyang next month."
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if _, err := x.Extract(Document{Article: graph.Article{ID: "c", Published: "2023-09-24"}, Body: body}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	f.Add("Kim Jong-un met Vladimir Putin on September 13.", "2023-09-24")
	f.Add("Russian FM Sergey Lavrov to visit North Korea next month.\nSubscribe", "2023-09-24T10:00:00Z")
	f.Add("Israel reimposed blockades in the West Bank city of Hebron. Beijing said talks in Geneva failed.", "2004-11-13")
	x := shared()
	f.Fuzz(func(t *testing.T, body, published string) {
		ex, err := x.Extract(Document{Article: graph.Article{ID: "fuzz", Published: published}, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, body, ex)
		for _, e := range ex.Entities {
			if !utf8.ValidString(e.Name) || e.Name == "" {
				t.Fatalf("entity name %q is empty or not UTF-8", e.Name)
			}
			for _, a := range e.Aliases {
				if !utf8.ValidString(a) {
					t.Fatalf("alias %q is not UTF-8", a)
				}
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	arts := readCorpus(b, "../../shared/eval/corpus/wikinews_politics_2004_2009.jsonl")
	docs := make([]Document, len(arts))
	size := 0
	for i, a := range arts {
		docs[i] = a.document()
		size += len(a.Text)
	}
	x := shared()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractParallel runs articles on every core (GOMAXPROCS), the
// way a loader with one goroutine per core would.
func BenchmarkExtractParallel(b *testing.B) {
	arts := readCorpus(b, "../../shared/eval/corpus/wikinews_politics_2004_2009.jsonl")
	x := shared()
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	var mu sync.Mutex
	next := 0
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			d := arts[next%len(arts)].document()
			next++
			mu.Unlock()
			if _, err := x.Extract(d); err != nil {
				b.Error(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// Within an article, one event per (type, actors, targets, date), as
// ANNOTATION.md keys them: a noun that refers back ("Putin's visit") joins
// the dated event it names, while a new undated statement by a verb stays
// an event of its own, since annotators list it apart from the dated one.
func TestExtractRepeats(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		typ    graph.EventType
		dates  []string // of the events of typ, in order
		claims int      // claims over those events
	}{
		{"noun refers back", "Vladimir Putin visited China on Monday. Putin's visit was his first since 2019.", graph.Consult, []string{"2023-03-20"}, 2},
		{"undated verb stays apart", "Russia attacked Georgia on Monday. The United Nations met in New York. Russia has attacked Georgia before.", graph.Assault, []string{"2023-03-20", ""}, 2},
		{"same date merges", "Russia attacked Georgia on Monday. On Monday, Russia attacked Georgia again.", graph.Assault, []string{"2023-03-20"}, 2},
		{"a coarse date takes the one finer date in it", "Russia attacked Georgia last month. Russia attacked Georgia on February 3.", graph.Assault, []string{"2023-02-03"}, 2},
		{"a denial is no antecedent", "Vladimir Putin did not visit China. Putin's visit to the region was his first since 2019.", graph.Consult, []string{""}, 1},
		{"two finer dates leave the coarse one", "Russia attacked Georgia last month. Russia attacked Georgia on February 3. Russia attacked Georgia on February 9.", graph.Assault, []string{"2023-02", "2023-02-03", "2023-02-09"}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := shared().Extract(Document{Article: graph.Article{ID: "t", Published: "2023-03-22"}, Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var dates []string
			claims := 0
			for _, ev := range ex.Events {
				if ev.Type == tt.typ {
					dates = append(dates, ev.Date)
					claims += len(ev.Claims)
				}
			}
			if !slices.Equal(dates, tt.dates) || claims != tt.claims {
				t.Errorf("%s events dated %q with %d claims, want %q with %d", tt.typ, dates, claims, tt.dates, tt.claims)
			}
		})
	}
}

// Extraction is a function of the text: Go's map order, which differs from
// run to run, must not decide between equally likely readings.
func TestExtractDeterministic(t *testing.T) {
	// Iraq and the United States are each named in two sentences: neither
	// is the article's country, so "the government" stays unresolved.
	body := "The ACLU said that a U.S. commander in Iraq lied. The memo concerned the U.S. invasion of Iraq. " +
		"The ACLU sued the government under the law."
	var first string
	for i := range 50 {
		ex, err := shared().Extract(Document{Article: graph.Article{ID: "t", Published: "2005-04-01"}, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range ex.Events {
			got = append(got, ev.Label+" "+ev.Date)
		}
		s := strings.Join(got, "; ")
		if i == 0 {
			first = s
		} else if s != first {
			t.Fatalf("run %d read %q, run 0 %q", i, s, first)
		}
	}
}

// TestCodeSentenceKeepsTargetless checks that the sentence coder keeps the
// readings Extract leaves out for want of a target, and only those.
func TestCodeSentenceKeepsTargetless(t *testing.T) {
	x := NewExtractor()
	tests := []struct {
		text           string
		typ            graph.EventType
		actor          string
		extractTargets int // events Extract keeps
	}{
		{"Russia condemned the decision on Monday.", graph.Accuse, "Russia", 0},
		{"Turkish President Abdullah Gul praised the agreement.", graph.Support, "Abdullah Gül", 0},
		{"Kenya accused the rebels of lying.", graph.Accuse, "Kenya", 0},
		{"Russia condemned Georgia on Monday.", graph.Accuse, "Russia", 1},
	}
	for _, tt := range tests {
		doc := Document{Origin: "test", Article: graph.Article{ID: "t", Published: "2008-03-01"}, Body: tt.text}
		kept, err := x.Extract(doc)
		if err != nil {
			t.Fatalf("Extract(%q): %v", tt.text, err)
		}
		if len(kept.Events) != tt.extractTargets {
			t.Errorf("Extract(%q) = %d events, want %d", tt.text, len(kept.Events), tt.extractTargets)
		}
		coded, err := x.CodeSentence(doc)
		if err != nil {
			t.Fatalf("CodeSentence(%q): %v", tt.text, err)
		}
		if len(coded.Events) != 1 {
			t.Fatalf("CodeSentence(%q) = %d events, want 1", tt.text, len(coded.Events))
		}
		ev := coded.Events[0]
		acts := slices.ContainsFunc(ev.Actors, func(e *graph.Entity) bool { return e.Name == tt.actor })
		if ev.Type != tt.typ || !acts || len(ev.Targets) != tt.extractTargets {
			t.Errorf("CodeSentence(%q) = %s by %s with %d targets, want %s by %s with %d", tt.text, ev.Type, ev.Actors[0].Name, len(ev.Targets), tt.typ, tt.actor, tt.extractTargets)
		}
	}
}
