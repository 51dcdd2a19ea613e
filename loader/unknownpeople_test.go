package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestUnknownPeopleMentions checks people the gazetteer does not know,
// named in the shapes of other naming traditions, and the places, groups
// and dates built like them.
func TestUnknownPeopleMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a kunya and a name", "Abu Sulaiman al-Tikriti was captured near Mosul.", []string{"Abu Sulaiman al-Tikriti=PERSON/Abu Sulaiman al-Tikriti"}, nil},
		{"a kunya alone", "Police say Abu Darwish planned the attack.", []string{"Abu Darwish=PERSON/Abu Darwish"}, nil},
		{"a mother's kunya", "Umm Karim addressed the rally in Gaza.", []string{"Umm Karim=PERSON/Umm Karim"}, nil},
		{"a kunya after a title", "Sheikh Abu Talal led the prayers.", []string{"Abu Talal=PERSON/Abu Talal"}, nil},
		{"a prison built like a kunya", "Inmates at Abu Ghraib prison rioted.", nil, []string{"Abu Ghraib=PERSON/Abu Ghraib"}},
		{"a capital built like a kunya", "The ministers met in Abu Dhabi.", nil, []string{"Abu Dhabi=PERSON/Abu Dhabi"}},
		{"a camp named with a kunya", "Soldiers left Camp Abu Naji on Friday.", nil, []string{"Abu Naji=PERSON/Abu Naji"}},
		{"a Korean name surname first", "Chung Dong-hwan met the delegation in Seoul.", []string{"Chung Dong-hwan=PERSON/Chung Dong-hwan"}, nil},
		{"a Taiwanese name surname first", "Premier Hsieh Wen-chang resigned on Monday.", []string{"Hsieh Wen-chang=PERSON/Hsieh Wen-chang"}, nil},
		{"a city-based adjective is no name", "The Lin Hsin-based group protested.", nil, []string{"Lin Hsin-based=PERSON/Lin Hsin-based"}},
		{"the given name Jan", "Jan Verbeke challenged the Belgian government.", []string{"Jan Verbeke=PERSON/Jan Verbeke"}, nil},
		{"Jan opening a longer name", "Jan Pieter Smits spoke in The Hague.", []string{"Jan Pieter Smits=PERSON/Jan Pieter Smits"}, nil},
		{"the month Jan before a day", "The talks opened on Jan 12 in Vienna.", nil, []string{"Jan=PERSON/Jan"}},
		{"a doctor and a surname", "Dr Wellings, head of the delegation, rejected the data.", []string{"Wellings=PERSON/Wellings"}, nil},
		{"a professor and a surname", "Professor Harnden criticised the plan.", []string{"Harnden=PERSON/Harnden"}, nil},
		{"a senator and a surname", "Senator Pallister opposed the bill.", []string{"Pallister=PERSON/Pallister"}, nil},
		{"a kunya is no surname", "Dr. Abu is planning a demand.", nil, []string{"Abu=PERSON/Abu"}},
		{"a given name after a body's name", "The chairman of the Security Commission Kazem Tavakoli dismissed the charge.",
			[]string{"Kazem Tavakoli=PERSON/Kazem Tavakoli"}, nil},
		{"a president's short name before the full name", "President Chen met the envoy.", []string{"Chen=PERSON/Chen Shui-bian"}, nil},
		{"a kunya given as another name", "Karim Haddad, also known as Abu Yasir, was arrested. Abu Yasir denied the charge.",
			[]string{"Abu Yasir=PERSON/Karim Haddad"}, []string{"Abu Yasir=PERSON/Abu Yasir"}},
		{"an alias of a known person", "Soldiers captured Rodrigo Salgado alias Ricardo Mendez in the jungle.",
			[]string{"Ricardo Mendez=PERSON/Rodrigo Salgado"}, nil},
		{"a Flemish given name", "Piet Vanderbeke resigned.", []string{"Piet Vanderbeke=PERSON/Piet Vanderbeke"}, nil},
	})
}

// TestUnknownPeopleEvents checks that people found by these shapes take
// part in events.
func TestUnknownPeopleEvents(t *testing.T) {
	checkEvents(t, "2006-03-02", []eventCase{
		{"a president by title and short name", "President Chen met Japanese officials in Tokyo.",
			wantEvent{graph.Consult, []string{"person/chen-shui-bian"}, []string{"JP"}}, graph.Reported, false},
	})
	checkEvents(t, "2008-06-20", []eventCase{
		{"a militant known by a kunya is killed", "Iraqi forces killed Abu Sulaiman al-Tikriti near Mosul.",
			wantEvent{graph.Assault, []string{"IQ"}, []string{"person/abu-sulaiman-al-tikriti"}}, graph.Reported, false},
		{"a Korean minister met abroad", "Chung Dong-hwan met Japanese officials in Tokyo.",
			wantEvent{graph.Consult, []string{"person/chung-dong-hwan"}, []string{"JP"}}, graph.Reported, false},
		{"a senator accuses a state", "Senator Pallister accused China of dumping steel.",
			wantEvent{graph.Accuse, []string{"person/pallister"}, []string{"CN"}}, graph.Reported, false},
	})
}
