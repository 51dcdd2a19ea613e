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
		{"an officer resigns in news of a firm with a ticker", "Harlow Optics <HOPC.O> named a new chief. Kenneth Roth has resigned as president and chairman.",
			[]graph.EventType{graph.Concede}},
		{"a director leaves the board in news of a firm with a ticker", "Harlow Optics <HOPC.O> said its shares fell. Martin Ferrell resigned from the board for health reasons.",
			[]graph.EventType{graph.Concede}},
		{"a firm appoints its president", "Harlow Optics Inc <HOPC.O> said it has appointed Martin Ferrell as president and chief executive officer.",
			[]graph.EventType{graph.Support}},
		{"an investor agrees to acquire", "Australian investor Peter Hale agreed to acquire Nine Networks from Kerry Packer last year.",
			[]graph.EventType{graph.Agree}},
		{"an offer for a firm", "Martin Ferrell's first offer for Harlow Optics was made without an investment bank.",
			[]graph.EventType{graph.Agree}},
		{"bank deposits deregulated", "The Finance Ministry plans to further ease restrictions on large-denomination bank deposits this year.",
			[]graph.EventType{graph.Concede}},
		{"currency restrictions eased", "Taiwan is considering proposals to ease currency restrictions.",
			[]graph.EventType{graph.Concede}},
		{"domestic demand", "Japan's domestic demand remained sluggish in the first quarter.",
			[]graph.EventType{graph.Request}},
		{"a country's oil demand rose", "U.S. oil demand rose two pct in March, the institute said.",
			[]graph.EventType{graph.Request}},
		{"demand stimulated", "West Germany plans to stimulate demand and cut its trade surplus.",
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
		{"demand for goods falls", "Analysts said the OPEC accord could weaken when demand for heating oil generally falls in the spring.",
			[]graph.EventType{graph.Request}},
		{"demand for a country's products will grow", "DRI estimates that foreign demand for Spanish products should grow by three pct this year.",
			[]graph.EventType{graph.Request}},
		{"demand for its oil will rise", "Sheikh Ali said demand for its oil will rise in April, adding that Kuwait was committed to its OPEC quota.",
			[]graph.EventType{graph.Request}},
		{"demand kept slack", "Carlos Mendez said slow growth in Canada and the United States would keep demand for copper slack.",
			[]graph.EventType{graph.Request}},
		{"a joint venture reduces imports", "Its Brazilian joint venture will reduce component imports from Japan as it raises local content.",
			[]graph.EventType{graph.Sanction}},
		{"shipments cut by a measure", "Kuwait cut crude shipments to Japan by 15 pct in March after a fire at a refinery.",
			[]graph.EventType{graph.Sanction}},
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

// TestTradeSanctionsKept checks that halting a flow of trade, or reducing
// aid, is still a sanction where lowering a volume of trade is not.
func TestTradeSanctionsKept(t *testing.T) {
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "shipments halted", body: "The United States halted grain shipments to the Soviet Union after the invasion.",
			want: wantEvent{typ: graph.Sanction, actors: []string{"US"}, targets: []string{"RU"}}, status: graph.Reported},
		{name: "aid reduced", body: "Washington reduced aid to Egypt last year.",
			want: wantEvent{typ: graph.Sanction, actors: []string{"US"}, targets: []string{"EG"}}, status: graph.Reported},
	})
}

// TestPoliticalActsKeptInBusinessNews checks that the acts the business
// register's rules leave alone stay what they are: a minister's
// resignation in an article that names a firm by its ticker, a state's
// promise or offer to buy, a ban on another's goods lifted, a president's
// appointment of an envoy.
func TestPoliticalActsKeptInBusinessNews(t *testing.T) {
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "a minister resigns", body: "Shares of Harlow Optics <HOPC.O> fell. Finance Minister Carlos Mendez resigned on Monday.",
			want: wantEvent{typ: graph.Concede, actors: []string{"person/carlos-mendez"}}, status: graph.Reported},
		{name: "a state promises to buy goods", body: "China promised to buy more Brazilian products.",
			want: wantEvent{typ: graph.Agree, actors: []string{"CN"}, targets: []string{"BR"}}, status: graph.Reported},
		{name: "a state offers to buy a stake", body: "Japan offered Russia to buy a stake in the Sakhalin gas project.",
			want: wantEvent{typ: graph.Agree, actors: []string{"JP"}, targets: []string{"RU"}}, status: graph.Reported},
		{name: "a ban on another's goods lifted", body: "Japan lifted its ban on American beef imports.",
			want: wantEvent{typ: graph.Concede, actors: []string{"JP"}, targets: []string{"US"}}, status: graph.Reported},
		{name: "a president appoints an envoy", body: "President George W. Bush appointed John Bolton as ambassador to the United Nations.",
			want: wantEvent{typ: graph.Support, actors: []string{"person/george-w-bush"}, targets: []string{"person/john-bolton"}}, status: graph.Reported},
	})
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
