// Short articles written for the property tests, one per convention the core must survive:
// curly and straight quotes, guillemets, German low-high marks, multi-paragraph quotes,
// nested quotes, apostrophes and elisions, headings, datelines and bylines, Markdown
// headings, CRLF, non-Latin scripts, emoji (astral characters) and combining marks.
// The fuzzers mutate these; they are invented, and none is taken from an evaluation corpus.

export const ARTICLES: readonly string[] = [
  `Harbour Bridge Reopens After Storm Repairs

By Nadia Okafor

PORTSMOUTH, March 4 (Coastal Wire) — The harbour bridge reopened on Tuesday after three weeks of repairs, city officials said.

“We worked around the clock,” Mayor Ann Cole told reporters at the ribbon cutting. “The crews never stopped, not even on Christmas.”

Engineers had warned that the storm’s surge weakened two of the bridge’s piers. “It wasn’t a question of if, but when,” said chief engineer Tom Baptiste.

Traffic and Tolls

The council voted 7-2 to waive tolls until May. Councillor Li Wei, who opposed the waiver, said it would cost the city “at least $2 million.”

“I support the crews,” she said. “I don’t support handing out free rides.”
`,
  `PARIS (AP) — French President Emmanuel Macron said Thursday that Europe "must learn to defend itself."

"We cannot depend on others for our security," Macron told a news conference after talks with German Chancellor Olaf Scholz. "Not in 2024, not ever."

Scholz agreed. "Europe's strength is its unity," he said, adding that Berlin would "do its part."

According to a senior official, the two leaders also discussed energy prices.

"It's rock 'n' roll diplomacy," one diplomat quipped. "Everyone's playing the '80s hits."
`,
  `Le ministre des Finances, Bruno Lemaire, a déclaré : « Nous ne céderons pas. »

« La réforme est nécessaire, a-t-il ajouté. Elle protège les retraites de nos enfants. »

Selon l’opposition, le texte « ne passera pas l’hiver ». La députée Élodie Marchand l’a qualifié de « ‹ réforme › en trompe-l’œil ».
`,
  `BERLIN — Bundeskanzler Olaf Scholz sagte am Montag: „Wir stehen zu unseren Zusagen.“

„Das ist ‚alternativlos‘“, fügte er hinzu.

Nach Angaben des Ministeriums sollen die Hilfen „noch in diesem Jahr“ ausgezahlt werden.
`,
  `# City Budget Passes

## What Changes

The budget adds 40 teachers, the council said in a statement.

"This is the first time in a decade," said Dr. Grace Mbeki, the board's chair, "that we have hired rather than cut.

"We owe that to parents who showed up, week after week, and told us 'enough.'

"And we will be back next year."

## Who Objected

Rep. Carl Jensen, R-Ohio, called the plan "fiscally reckless." He said: "We'll pay for this in 2026."
`,
  'Trade Talks Resume\r\n\r\n"We are close to a deal," Commerce Minister Lea Fontaine said.\r\n\r\n"Close is not done," replied her counterpart, Minister Kenji Sato.\r\n\r\nFontaine added: "Ask me again on Friday."\r\n',
  `Москва — Президент России Владимир Путин заявил: «Мы готовы к диалогу».

Ο πρωθυπουργός είπε: «Η Ελλάδα είναι έτοιμη».

東京 — 首相は「協力を続ける」と述べた。

"The numbers speak for themselves 📈," said analyst Zoe\u0308 Brontë-Hale. "We're up 12% 🚀 on the quarter."

Caption: Protesters outside the ministry. (Photo: Reuters/Ana Ruiz)

Read more: How the talks collapsed
`,
  `WASHINGTON — "I never said that," the senator said.

"He did," countered Jane Roe, a spokeswoman for the campaign. "We have the tape.

"It's all there: 'We'll win by ten,' he told donors, 'and nobody will remember the polls.'"

Asked about the tape, the senator's office declined to comment. A campaign source, who spoke on condition of anonymity, said the remarks were "taken out of context".

'Not now,' he told the Times. ‘Maybe later.’
`,
];
