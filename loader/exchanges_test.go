package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestExchangesDoBusiness checks articles, made up for the test, in which
// exchanges named by the acronyms of their spelled-out names agree, sign
// and talk with one another: business, no event.
func TestExchangesDoBusiness(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Agree, graph.Support, graph.Consult},
		"The Sydney Futures Exchange (SFE) said it would open a night session. SFE has signed a memorandum of understanding with SIMEX, the Singapore International Monetary Exchange, for a link.",
		"The Osaka Securities Exchange (OSE) and the Chicago Mercantile Exchange (CME) opened sessions. The OSE is discussing a mutual offset link with the CME, officials said.",
		"The Osaka Securities Exchange (OSE) and the Chicago Mercantile Exchange (CME) opened sessions. An agreement between OSE and CME on mutual settlements is expected in May.",
	)
}

// TestExchangesWithStates checks that an exchange stays a party where a
// state acts on it or it asks a state for something.
func TestExchangesWithStates(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "exchange asks a state", body: "The Chicago Board of Trade (CBOT) opened a night session. The CBOT urged Japan to open its bond market to foreign banks.",
			want: wantEvent{typ: graph.Request, targets: []string{"JP"}}, status: graph.Reported},
	})
}

// TestExchangeName checks which names close as an exchange's.
func TestExchangeName(t *testing.T) {
	for name, want := range map[string]bool{
		"Chicago Board of Trade":                          true,
		"London International Financial Futures Exchange": true,
		"Tokyo Stock Exchange":                            true,
		"the Board of Trade":                              false, // a British ministry
		"Securities and Exchange Commission":              false,
		"Exchange":                                        false,
	} {
		if got := exchangeName(name); got != want {
			t.Errorf("exchangeName(%q) = %v, want %v", name, got, want)
		}
	}
}
