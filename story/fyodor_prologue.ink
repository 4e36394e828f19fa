// Fyodor's prologue: April to 15 May 1954, men's lagpunkt 3.
// The numbers, the quarry, the thieves of the spring transport, the shootings, Lena's letter,
// Mykola's question about the walls.
// Shared variables set here: trust_mykola, trust_dudin, risk_seen (at most 1 here).
// No chapter-local variables.

=== fyodor_prologue ===
# act: prologue
# date: 1954-04-12
# time: dawn
# place: men_zone
# scene: barracks
# beat: prelude
# intensity: 1
The iron rail by the gate rings for the rising, and the barrack wakes all at once: coughs, creaking boards, men feeling in the dark for their boots.
Outside, a key turns in the padlock and the bar scrapes back from the door.
In an osoblag, a special camp, the windows are barred and the barracks are locked every night, so every morning here begins with the sound of a lock. # fact: special_camp_regime # term: osoblag
You climb down from your shelf of the vagonki, the double bunks that sleep four men to a frame, and pull on your quilted jacket. # fact: vagonki_bunks # term: vagonki
Your number, Ю-206, is painted on white cloth patches on your back, your chest, your cap and one knee, and the warders have orders to use it instead of your name. # fact: prisoner_numbers # fiction: his prisoner number # term: prisoner_number # term: nadziratel
Your name is Fyodor Ilyich Zimin, you are 36 years old, and you come from Yaroslavl on the Volga. # fiction: his age
In the war you were a captain of artillery, from the snow outside Moscow to the walls of Königsberg, and you joined the Party at the front, under fire, which is the only way you can imagine joining anything.
In 1948 you wrote to a friend from your old battery that the German villages of East Prussia had lived better than your mother's collective farm. # fiction: the year of his letter
The letter was opened, the charge was Article 58, the law against "counter-revolutionary" crimes that Steplag was built for, and the term was twenty-five years, the longest the law allows. # fact: political_vs_criminal # fact: sentence_lengths # term: article_58 # term: steplag
The Party took back your card on the day of your arrest, but you still think like a member: bad men broke the law in your case, you tell yourself, and one day Moscow will hear the truth and put it right.
Lagpunkt 3 is known as the section of the twenty-five-year men, and you only have to look along the shelves to see why. # fact: sentence_lengths # term: lagpunkt
On the next shelf Mykola Hrytsai is already dressed and reading a scrap of newspaper that somebody saved from his tobacco.
He is 29, from a village near Stanislav in the Carpathian foothills, where he fought in the forest with the Ukrainian insurgents until they caught him, and he has twenty-five years too. # fiction: his age # fact: sentence_lengths
"Listen, Captain, the spring sowing is going splendidly," he says, and turns the scrap over. "The rest of the news, somebody smoked." # speaker: mykola
Mykola reads anything, laughs easily and never says where he goes in the evening before the lock, and you like him more than you can explain to yourself.
Below you Pavel Nikanorovich Dudin is winding his foot cloths as carefully as if an inspector were coming to his village school.
He is 61, joined the Party in the twenties, was arrested in 1937, let go, and arrested again in 1949, and he still says "comrades" by mistake. # fiction: his age and the years of his arrests
"Stalin has been dead for more than a year now," he says to nobody in particular, "and there was the amnesty, so things are moving." # speaker: dudin # fact: stalin_death # fact: amnesty_1953
The amnesty opened the gates for thieves and for men with short terms, but it left the politicals exactly where they were. # fact: amnesty_1953
"They say the cases are being reviewed now, one by one," Dudin says. "The law is slow, but it is not blind." # speaker: dudin
"Pavel Nikanorovich, it has been slow since 1937," Mykola says, and Dudin pretends that he has not heard. # speaker: mykola # fiction: Dudin's first arrest
-> fyodor_quarry

=== fyodor_quarry ===
# act: prologue
# date: 1954-04-12
# time: day
# place: construction_site
# scene: construction
# beat: prelude
# intensity: 2
The column goes out five to a row past the vakhta, the guardhouse at the gate, with a dog on each side and the steppe ahead of you, still brown from the winter. # term: vakhta
Your brigade works in a stone quarry outside the town, because around Dzhezkazgan it is zeks who dig the copper ore, cut the stone and build the town. # fact: steplag_work # term: zek
You understand stone: you count the blocks, the barrows and the minutes of the break, and most of all you count the norm, the work the brigade must finish in a shift. # term: norm
This spring a new kind of man has come into the zone, because in March and April Moscow ordered more prisoners sent into Steplag, and a thousand of them were not politicals at all, but ordinary convicts. # fact: political_vs_criminal # term: zona
The ones put in with you are blatnye, professional thieves who live by their own law, and the bosses have told them openly to start fights with the politicals. # fact: criminals_shipped_in # term: blatnoi
At the noon break one of them sits down on the block you have just squared, as if it were a bench in a park: a thin man with a steel tooth and a wide grin.
"Kostya," he tells the quarry. "Shtyr, the pin, from the spring transport." # speaker: kostya
Behind him a big thief with a torn ear walks over to Dudin, takes the bread the old man has been saving in a rag since morning, and stands there chewing it, waiting for somebody to do something.
Up on the rim the convoy soldiers are watching, and nobody moves, as if they had been told to watch and not to see.
Dudin says nothing, but beside you Mykola has gone white around the mouth, and he is getting up.
+ [Step in, and speak to the thief in the voice you once used on a gun crew.]
    ~ trust_dudin = MAX(trust_dudin, 2)
    ~ risk_seen = MAX(risk_seen, 1)
    "Put it back," you say, not loudly, because an officer who has to shout has already lost. # speaker: fyodor
    The thief with the torn ear steps closer, but Kostya laughs and puts out a hand to stop him.
    "Leave it," Kostya says. "The captain wants a war, and so do the bosses, so let them both wait." # speaker: kostya
    The bread goes back into Dudin's rag, and on the rim a sergeant writes something in his book; you know without looking that it is your number.
+ [Catch Mykola's sleeve. A fight is exactly what the bosses want.]
    ~ trust_mykola = MAX(trust_mykola, 2)
    You take Mykola by the sleeve and hold on. "That is what they want," you say under your breath, close to his ear. "One blow, and they write it up as a riot." # speaker: fyodor
    For a moment he pulls against you, and then he sits down again and looks at you as if he were seeing you for the first time.
    "You're right, Captain," he says. "Not here, and not like this." # speaker: mykola
    Dudin works all afternoon on an empty stomach and does not complain, and somehow that is worse than anything he could say.
+ [Break your own bread, and hold half of it out to the thief.]
    ~ trust_dudin = MAX(trust_dudin, 2)
    You break your bread and hold out half, and the thief looks at it, and then at Kostya.
    "A captain paying tribute!" Kostya says, delighted. "Take it, before he thinks better of it." # speaker: kostya
    Dudin keeps his bread, and by evening your own stomach is a fist, and the norm does not care either way.
- That evening, before the lock, Mykola's shelf stays empty for an hour, and when he comes back he smells of other men's makhorka, the coarse camp tobacco. He says "Latrine" before you can ask him anything. # term: makhorka # speaker: mykola
-> fyodor_letter

=== fyodor_letter ===
# act: prologue
# date: 1954-05-02
# time: dusk
# place: men_zone
# scene: barracks
# beat: prelude
# intensity: 2
By May the thieves have stopped picking fights with the politicals. Nobody tells you why, and you are careful not to ask. # fact: thieves_politicals_alliance
The news that comes instead is worse: since the winter the guards have opened fire on prisoners more than once, and people have died. # fact: guard_shootings_prelude
One of the dead was a believer whom the zone calls the Evangelist. A guard shot him, and nobody has answered for it. # fact: named_prelude_victims
The same evening the post brings a letter from Lena, your daughter, who is 12 and writes like a girl who knows that strangers will read every word. # fiction: Lena's age
"Dear Papa, I am well and Mama is well. I got a five in arithmetic, and Mama says I have your head for numbers."
"At school we are reading about the defence of Moscow, and I said that my father was there with the guns, and the teacher said that I must not say that in class. Why not?"
After that, a whole line has been blacked out by the censor, and you lie awake wondering what a schoolgirl could write that the state must not read.
Nina divorced you after the arrest because you asked her to, so that she could keep her place at the textile mill; it was the only order of yours she ever obeyed.
Dudin has a paper of his own tonight, written out in his best schoolroom hand. It is a complaint to the prosecutor: a guard fired on prisoners, a man is dead, the law has been broken, and the undersigned ask for an investigation.
"You are a Party man, Fedya, whatever they took from you," Dudin says, "and they will read a captain's name." # speaker: dudin
Mykola does not look up from his book. "A list of names," he says, "is the security officer's favourite reading." # speaker: mykola
+ [Sign it: your name, your rank in the war, your number.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    ~ risk_seen = MAX(risk_seen, 1)
    You sign in a clear hand, with your name, Captain of Artillery in the war, and your number after it, because a complaint without a number goes nowhere.
    Dudin blots it as if it were a school certificate. "The law needs witnesses," he says, "and now it has one more." # speaker: dudin
    Mykola turns a page. "Now it has your handwriting," he says, but not unkindly. # speaker: mykola
+ [Keep your name off it. Lena's letters pass through the same office.]
    ~ trust_mykola = MAX(trust_mykola, 2)
    ~ trust_dudin = MAX(trust_dudin - 1, 0)
    "Not this time, Pavel Nikanorovich," you say. "My daughter's letters pass through the same office." # speaker: fyodor
    Dudin folds the paper slowly. "The man they shot cannot sign anything at all," he says, and goes off to look for another name. # speaker: dudin
    Mykola says nothing, but later, in the dark, he passes you a heel of bread across the gap between the shelves, and you do not ask him where it came from.
- You answer Lena in your head all night, over and over. On paper it comes out as three lines: you are well, the defence of Moscow was hard and very cold, and she must listen to her teacher. The last line costs you the most.
-> fyodor_saturday

=== fyodor_saturday ===
# act: prologue
# date: 1954-05-15
# time: dusk
# place: men_zone
# scene: yard
# beat: prelude
# intensity: 2
On Saturday evening the zone is too quiet, the way a front line goes quiet before somebody else's attack.
Kostya finds you by the barrack wall, smoking something that smells of the officers' shop.
"The bosses expected us to cut your throats for them, Captain," he says cheerfully, "but then your people came and talked to our people, and now we have other plans." # speaker: kostya # fact: criminals_shipped_in # fact: thieves_politicals_alliance
"My people?" you say. # speaker: fyodor
Kostya only grins and nods down the yard, where Mykola is sitting on a barrack step with two men from the Ukrainian brigades, talking low.
When Mykola comes back, he sits down beside you as if by chance, and he calls you Fedir, the Ukrainian form of your name, which he does when he wants something.
"You were artillery, Fedir, so this is only a question of arithmetic," he says. "A wall of adobe, mud brick dried in the sun, and a rail, and a few men who are not afraid: how long?" # speaker: mykola # fact: adobe_walls
+ [Do the arithmetic for him, as you would for a gun crew.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    "Strike low, where the damp gets in, not in the middle," you say. "Put three men on the rail and change them often, and it will take less time than you think." # speaker: fyodor
    Mykola nods slowly, as if you had given him a present. "Now you are one of us, Captain," he says. # speaker: mykola
    "No," you say. "Now I am a man who answered a question." # speaker: fyodor
+ [Tell him you do not want to know why he is asking.]
    "I don't want to know why you are asking," you say, "and I don't want you to tell me." # speaker: fyodor
    Mykola looks at you for a long moment and laughs softly. "That is the most honest thing a Party man ever said to me," he says, and goes off to ask somebody else. # speaker: mykola
+ [Find Dudin, and ask him what a careful man should do.]
    ~ trust_dudin = MAX(trust_dudin, 2)
    ~ trust_mykola = MAX(trust_mykola - 1, 0)
    You find Dudin on his shelf, mending a sock, and tell him quietly what Mykola asked.
    Dudin puts the sock down. "A careful man sleeps in his boots tonight and says nothing to anyone, not even to me, Fedya," he says. "Let it stop here." # speaker: dudin
    When you look up, Mykola is watching you from across the barrack; he saw the two of you talking, and he does not need to hear the words.
- At lights out the key turns in the padlock and the bar goes across the door, and somewhere outside a dog barks at the wire, and stops.
Mykola lies on his back with his eyes open. You think of Lena's blacked-out line and of your own letter, the one that brought you here, and you decide that whatever happens, you will keep your head.
Tomorrow is Sunday.
-> fyodor_breakthrough
