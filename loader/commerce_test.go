package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCommercialReadingsDropped checks sentences of business and economic
// news, each made up for the test, in which no geopolitical event stands:
// events between firms only, a firm's officer resigning, a market's
// demand, economic harm, obligations met, loans guaranteed.
func TestCommercialReadingsDropped(t *testing.T) {
	cases := []struct {
		name  string
		body  string
		types []graph.EventType
	}{
		{"a firm agrees to buy from another", "Norfield Corp <NRF> agreed to sell its chemicals unit to Castellan Industries Inc <CSL> for 200 mln dlrs.",
			[]graph.EventType{graph.Agree}},
		{"firms named by their tickers", "Harlow Inc <HRL> said it had threatened legal action against Brandt Co <BRD> over the use of its name.",
			[]graph.EventType{graph.Threaten, graph.Accuse}},
		{"a firm named as one earlier", "AVX Corp said it had bought a stake in CTS Corp last month. AVX agreed to buy the rest of CTS for 30 mln dlrs.",
			[]graph.EventType{graph.Agree}},
		{"the chief executive resigns", "Halvorsen Inc said its president and chief executive officer, Martin Ferrell, resigned for personal reasons.",
			[]graph.EventType{graph.Concede}},
		{"resigned from its board", "Halvorsen Inc said Martin Ferrell has resigned from its board.",
			[]graph.EventType{graph.Concede}},
		{"resigned for other business", "Martin Ferrell said he resigned to pursue other business interests.",
			[]graph.EventType{graph.Concede}},
		{"domestic demand", "Japan's domestic demand remained sluggish in the first quarter.",
			[]graph.EventType{graph.Request}},
		{"a country's oil demand rose", "U.S. oil demand rose two pct in March, the institute said.",
			[]graph.EventType{graph.Request}},
		{"demand stimulated", "Washington wants West Germany to stimulate demand and cut its trade surplus.",
			[]graph.EventType{graph.Request}},
		{"imports injure producers", "The commission found that Brazilian steel imports have injured U.S. producers.",
			[]graph.EventType{graph.Assault}},
		{"hurt by imports", "U.S. chip makers said they were being injured by Japan's unfair trade practices.",
			[]graph.EventType{graph.Assault}},
		{"imports injure farmers", "Canada ruled that U.S. corn imports injure Canadian farmers.",
			[]graph.EventType{graph.Assault}},
		{"met requirements", "Argentina has met IMF requirements on its budget deficit.",
			[]graph.EventType{graph.Consult}},
		{"will meet its obligations", "Poland will meet its financial obligations to the United States, the minister said.",
			[]graph.EventType{graph.Consult}},
		{"meets a state's demands", "Chile has not met Peru's demands for compensation.",
			[]graph.EventType{graph.Consult}},
		{"meets a body's request", "Kenya took steps to meet the IMF's request for budget cuts.",
			[]graph.EventType{graph.Consult}},
		{"a state cuts its trade surplus", "South Korea will open its market further to cut its trade surplus with the United States.",
			[]graph.EventType{graph.Sanction}},
		{"a market's demand should exceed supply", "Despite over-production by OPEC members, demand should exceed supply by the fourth quarter.",
			[]graph.EventType{graph.Request}},
		{"bonds offered", "The World Bank has offered 60 bonds in West Germany since 1959.",
			[]graph.EventType{graph.Agree}},
		{"notes guaranteed by a state", "The notes are guaranteed by Denmark and will be sold through Nordbank.",
			[]graph.EventType{graph.Agree}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkNoEvents(t, "1987-04-02", tc.types, tc.body)
		})
	}
}

// TestFirmNamesAreNoStates checks that a country named inside a firm's or
// body's name, or placing a trade that acts, is no party: "Dynamics Corp
// of America", "Nippon Telegraph and Telephone Corp", "Japanese chip
// makers criticised".
func TestFirmNamesAreNoStates(t *testing.T) {
	cases := []struct {
		name, body, id string
	}{
		{"a ticker", "A judge asked Union Carbide Corp <UK> and the Indian government to agree on compensation.", "GB"},
		{"Corp of America", "Dynamics Corp of America criticised the ruling by the Indiana court.", "US"},
		{"Guild of America", "The Writers Guild of America went on strike against Norcast Inc on Monday.", "US"},
		{"country opening a firm's name", "Nippon Telegraph and Telephone Corp signed a cooperation agreement with Trenton Group Plc.", "JP"},
		{"demonym opening a firm's name", "British Telecommunications Plc criticised the decision of the Japanese government.", "GB"},
		{"a trade as subject", "Some Japanese semiconductor makers have criticised the trade ministry for its handling of the pact.", "JP"},
		{"a trade as passive agent", "The trade ministry has been criticised by Japanese chip makers for its handling of the pact.", "JP"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkNoParty(t, "1987-04-02", tc.body, tc.id, false)
		})
	}
}

// TestCommercialReadingsKept checks the events these rules leave alone: a
// state acting on a firm or on a country's trade, the resignation of a
// minister, a state's demand, a meeting, an attack.
func TestCommercialReadingsKept(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
	}{
		{"a state criticises a firm", "Japan's trade ministry criticised Halvorsen Corp <HLV> for dumping chips.",
			wantEvent{graph.Accuse, []string{"JP"}, []string{"org/hlv"}}, graph.Reported},
		{"a state acts on a country's banks", "Britain threatened to revoke the licences of Japanese banks in London.",
			wantEvent{graph.Threaten, []string{"GB"}, []string{"JP"}}, graph.Reported},
		{"a minister resigns near a firm's name", "Interior Minister Tomas Varga of Hungary resigned on Friday.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Reported},
		{"a state's demand", "Iran demanded that Britain release the sailors.",
			wantEvent{graph.Request, []string{"IR"}, []string{"GB"}}, graph.Reported},
		{"a meeting", "Argentina's economy minister met IMF officials in Washington on Monday.",
			wantEvent{graph.Consult, []string{"AR"}, []string{"org/international-monetary-fund"}}, graph.Reported},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "1987-04-02", tc.want)
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
		})
	}
}

// TestPrivateAcquisitions checks that an investor's or a firm's promise to
// buy, sell or issue property is business, while a state's promise to buy
// stays its commitment.
func TestPrivateAcquisitions(t *testing.T) {
	checkNoEvents(t, "1987-06-02", []graph.EventType{graph.Agree},
		"Northland Savings Bank said it has agreed to acquire the Bank of Kenora for 12.5 million dlrs.",
		"Media investor John Elkins offered to acquire Ridgeway Broadcasting from Thomas Garner last year.",
	)
	checkEvents(t, "1987-06-02", []eventCase{
		{"a state agreed to buy", "Under the accord, Egypt agreed to buy 1.5 million tonnes of Australian wheat.",
			wantEvent{graph.Agree, []string{"EG"}, nil}, graph.Reported, false},
	})
}
