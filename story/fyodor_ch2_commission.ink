// Fyodor, chapter 2 — the commission (26–27 May 1954).
// The prisoners' commission forms; Kuznetsov asks the few former Communists to help keep order;
// Mykola hints at the Center; Fyodor takes a post (did_post) and goes to the talks of 27 May.
// Sets: did_post, risk_seen, trust_mykola, trust_dudin. Reads: did_post.
// No chapter-local variables: every branch merges at fyodor_canteen_talks.

=== fyodor_commission ===
# act: commission
# date: 1954-05-26
# time: dawn
# place: men_zone
# scene: barracks
# beat: commission
# intensity: 1
You wake at the old hour and lie still, waiting for the count, but no count comes. The prisoners have driven the camp staff out of the zone, and no nadziratel walks the rows with his board. # term: nadziratel # term: zona # fact: authorities_expelled
You count the bunks anyway, as an artillery officer counts everything, and the number is the same as yesterday.
Kostya's shelf is still empty; the trucks took him three days ago.
At midnight Mykola's place beside yours on the vagonki was empty, but now he lies there with a book, and there is fresh dust on his boots. # term: vagonki
"Nobody counted us this morning, Captain, and I think you miss it," he says. # speaker: mykola

By the time the bread comes, the whole barrack is talking about the commission, and every man watches the bread-cutter's knife, because the pridurki who once got thick slices now get the same ration as everyone else. # term: commission # fact: food_equal_rations # term: pridurok
Two versions of its birth go round the bunks: in one, the bosses themselves told the prisoners to choose a committee, and in the other, a group of men burst into the talks and silenced everyone else. # fact: commission_origin
Its chairman is Kapiton Kuznetsov from your own lagpunkt 3, and the other two men for your section are Avakyan and Makeev. # fact: kuznetsov_chair # fact: commission_members_list # term: lagpunkt
Nobody in the barrack can agree on his rank: some say colonel, some say lieutenant colonel. # fact: kuznetsov_rank
The rest of his past is argued over in every corner. Some men say he commanded a regiment in Germany after the war and was jailed when one of his soldiers ran off to the West, and Solzhenitsyn would later write the same. # fact: kuznetsov_solzh_bio
His case file, which no prisoner here has seen, tells it differently: the Germans took him prisoner, and he got twenty-five years for serving in their punishment squads. # fact: kuznetsov_solzh_bio # fact: kuznetsov_official_bio
Much later he will give his own version in a petition for mercy: that he was a prisoner of the Germans in Flossenbürg and Mauthausen. # fact: kuznetsov_self_account # fact: kuznetsov_solzh_bio
You went through the war from Moscow to Königsberg, and you know that one man's war can be told three ways. So you decide to judge him as you once judged a new battery commander: by how he gives an order.

Mykola closes his book on one finger and asks quietly whether you really think the Russian chairman thought all this up by himself.
Behind the commission, it is whispered, stands something the men call the Center, but nobody will tell you who sits in it or who gives its orders. # fact: the_center # term: center
"Some say it was planned like this," Mykola says, "with a Russian at the head and men of every nation around him, so that Moscow cannot call it a Banderite revolt against Russians and Soviet power." # speaker: mykola # fact: commission_russian_head # fact: the_center # term: banderovtsy
"So your Russian face is very useful to us, Captain," he says with a grin. # speaker: mykola
He says "us" lightly, and watches you over the book.

+ [Ask him straight out who "us" is.]
    ~ trust_mykola = MAX(trust_mykola - 1, 0)
    "Who is this 'us', Mykola, and who gives the orders?" you ask. # speaker: fyodor
    He laughs, but his eyes go flat: "Ukrainians, Lithuanians, people, the same men who stand next to you in the quarry." # speaker: mykola
    Then he goes back to his book, and all morning he is polite to you, as if you were a stranger.
+ [Let it lie. Give him a pinch of your makhorka.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    You tip a pinch of makhorka into his palm and ask nothing, because in a camp a question you ask is a question somebody can ask you later. # term: makhorka
    Mykola rolls it in a strip of newspaper, lights it from yours and tells you that you are learning, but the question stays with you all morning like a stone in a boot.
- -> fyodor_party_men

=== fyodor_party_men ===
# act: commission
# date: 1954-05-26
# time: day
# place: men_zone
# scene: barracks
# beat: commission
# intensity: 1
At noon Dudin finds you at the washstand. He has shaved with cold water and a bad blade, and there is a nick on his chin.
"Kuznetsov wants the Party men," he says, "the former Party men, and he has asked for us." # speaker: dudin # fact: kuznetsov_soviet_line
They took your Party card away when they arrested you, but you go anyway.
There are not many of you in the drying room, among racks that smell of wet felt: a railway engineer, a former farm chairman, two lieutenants, Dudin and you.
Kuznetsov comes in without a guard, a man not much older than you, and he stands the way officers stand, with his weight on both feet.
He tells you that nobody is to write anti-Soviet leaflets, and that slogans will go up over the doors, such as "Long live the Soviet Constitution!" and "Long live Soviet power!" # fact: kuznetsov_soviet_line # fact: slogans
Then he looks at each of you in turn. "Help me keep order," he says, and he does not say it twice. # speaker: kuznetsov # fact: kuznetsov_soviet_line
Somebody has counted you among the Communists again, and something tightens in your throat, while beside you Dudin wipes his glasses for a long time.
Years later Solzhenitsyn, working from the notes that Makeev kept, wrote that Kuznetsov told the prisoners their safety lay in loyalty; the words may not be exact, but this room agrees with them. # fact: kuznetsov_loyalty_quote # fact: makeev

Then a man with a list reads out how the headquarters is built, with departments for technical work, operations, food and clothing, military matters, propaganda and internal security, and you think that somebody here has served on a staff. # fact: departments
Every barrack keeps its own brigade to defend it, and volunteers take turns at the night watch. # fact: barrack_brigades # fact: volunteer_duties
The commission also needs a clean hand for its fair copies and minutes, says the man with the list, and Dudin tells him that you write like a staff officer.
The man writes your name down with a question mark after it.

That evening Mykola sits on the edge of your bunk. "Keller runs the military department, and his people asked about you," he says, "because they want men who can read ground, and you were artillery, so you can judge the distance to a tower by eye." # speaker: mykola # fact: keller
"So, Captain, will you copy out other men's words, or will you help hold a wall?" # speaker: mykola
From the shelf below, Dudin speaks without opening his eyes: "Walls and pikes, Fedya, but paper is what Moscow reads." # speaker: dudin
You know one more thing, and you say it to nobody. A clerk's name goes into a book, and a military department goes into every report as an armed revolt. A man with no post is just one more face in the crowd.

+ [Take the clerk's table near Kuznetsov.]
    ~ did_post = clerk
    ~ risk_seen = MIN(risk_seen + 1, 3)
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    In the morning you tell the man with the list yes, and he crosses out the question mark.
    Your name goes into the commission's book in your own neat hand, and Dudin pats your arm, but Mykola says nothing at all.
    -> fyodor_fair_copy
+ [Go to Keller's military department.]
    ~ did_post = defence
    ~ risk_seen = MIN(risk_seen + 1, 3)
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    "Tell them yes," you say, and Mykola slaps your knee as if you had won him a bet, while on the shelf below Dudin turns his face to the wall. # speaker: fyodor
    -> fyodor_wall_walk
+ [Take no post. Stand your turn at the night watch like anyone else.]
    ~ did_post = no_post
    "I will sweep and stand watch like anyone else," you say. # speaker: fyodor
    Mykola shrugs and calls you a careful man, and Dudin sighs, because he had hoped for more from you, and so had you.
    -> fyodor_slogan_board

=== fyodor_fair_copy ===
# act: commission
# date: 1954-05-27
# time: day
# place: men_zone
# scene: barracks
# beat: commission
# intensity: 1
At headquarters, a barrack full of smoke and low voices, they give you a table by the window, a bottle of ink and paper from the camp offices.
You are to make the fair copies of the demands that Kuznetsov will read tonight, and you copy them one by one in the upright hand the army taught you. # fact: demands_27may
Investigate the shooting of 17 and 18 May; take no revenge on the strike committee; shorten the terms of the men serving twenty-five years; review the political cases. # fact: demands_27may # fact: sentence_lengths
At the last of these your pen stops, and you think of your own case, one letter to a friend from the front about the farmhouses of East Prussia, before you dip the pen and go on.
At the far end of the long table, Makeev of your lagpunkt writes in a notebook of his own. # fact: makeev
Towards evening Mykola leans in at the open window. "Give me a copy, Fedir," he says softly, "for friends who cannot come tonight." # speaker: mykola
The rule is that the papers go where the commission sends them and nowhere else, and Mykola does not often ask you for anything.

+ [Slip him a copy through the window.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    You fold a sheet small and pass it out with the ink still wet at one edge, and Mykola tucks it inside his shirt.
    "I only wanted to see what you would do," he says, and he is gone, and you do not know if that is true, or which answer you had hoped for. # speaker: mykola
+ [Tell him he can hear it tonight, like everyone.]
    ~ trust_mykola = MAX(trust_mykola - 1, 0)
    "Tonight, in the canteen, like everyone," you say. # speaker: fyodor
    "Of course, Captain, orders are orders," Mykola says, and he walks off whistling, while you count the copies twice and find them all there. # speaker: mykola
- -> fyodor_canteen_talks

=== fyodor_wall_walk ===
# act: commission
# date: 1954-05-27
# time: day
# place: wall
# scene: wall
# beat: commission
# intensity: 1
You see Keller only once, from a distance, a man bent over a paper with others bent around him. # fact: keller
The young Ukrainian they give you is barely older than a schoolboy, and his pike was a window bar last week, ground sharp in the workshops, where men also make knives, clubs and picks. # fact: center_weapons # fact: pikes_grenades
He walks you along the inner wall, which is adobe, sun-dried mud brick, and when you press your thumb into it a little crumbles away. # fact: adobe_walls
Each barrack has its own brigade now, and your job is to choose where each one keeps its watch and how one post can warn the next. # fact: barrack_brigades
You look at the camp the way a gunner looks at a map: the towers see everything, and these walls will stop a crowd but not an army.
You do not say so, because the boy is too proud of his pike.
From a barrack roof you could see the road and the ground beyond the wire, but every roof is in full sight of a tower.

+ [Climb onto the roof and sketch the ground in daylight.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You lie flat on the warm roof and draw the road, the gate and a dip in the ground where a column could wait unseen.
    On the nearest tower a soldier turns his field glasses on you and keeps them there, but you finish the sketch slowly, the way you were taught, and the boy looks at you as if you were a general.
+ [Stay off the roof. Draw the ground from memory.]
    "A man on a roof in daylight is a target," you say, "and after that he is a face in a file." # speaker: fyodor
    So you draw it from years of marching past in the column, and it is less exact, and you know it.
    Later you hear the boy tell someone that the captain is careful, which is not quite the word he means.
- -> fyodor_canteen_talks

=== fyodor_slogan_board ===
# act: commission
# date: 1954-05-27
# time: day
# place: men_zone
# scene: barracks
# beat: commission
# intensity: 1
You take your turn with the volunteers, sweeping the barrack and carrying water, and after midnight you will keep the watch at the door. # fact: volunteer_duties
It is honest work, and nobody writes your name down for it.
After the soup the starosta brings a white board and a pot of red paint. The commission wants slogans over the doors, and he has heard that you have a good hand. # term: starosta # fact: kuznetsov_soviet_line
The words are chosen already: "We are for Soviet laws, but against those who twist them." # fact: slogans
You have believed those words since the day of your arrest.
But the old Lithuanian forester who sleeps by the door sits up. He says quietly that he is not a Soviet person, that they made him a prisoner and never a citizen, and that he will not sleep under that board.
Mykola grins at the board on his way past. "Paint it big, Captain," he says. "It is the best camouflage we have." # speaker: mykola
Dudin is already holding the ladder.

+ [Paint it in your best hand and nail it over the door.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    You letter it slowly, red on white, every word straight, and Dudin holds the ladder while you drive the nails.
    The forester turns his face to the wall, and Mykola's word "camouflage" stays with you all afternoon: you meant every letter, and you wonder how many men under this roof read it as you do.
+ [Lean the board against the wall until the barrack agrees.]
    ~ trust_dudin = MAX(trust_dudin - 1, 0)
    You put the brush back in the pot and tell the starosta that a barrack should agree on what hangs over its own door.
    "Kuznetsov asked us for order, Fedya, and you are giving him a meeting," Dudin says, and he lets go of the ladder. # speaker: dudin
    The board leans blank against the wall all day, and from his shelf the forester nods to you once.
- -> fyodor_canteen_talks

=== fyodor_canteen_talks ===
# act: commission
# date: 1954-05-27
# time: dusk
# place: canteen
# scene: canteen
# beat: talks
# intensity: 2
By evening the canteen holds about 2,000 prisoners, men and women together, on the benches, the tables and the window frames. # fact: negotiation_may27 # fact: canteen_2000
{
- did_post == clerk:
    You sit at the end of the commission's long table with the fair copies in a folder on your knees, close enough to see that Kuznetsov's hands are steady.
- did_post == defence:
    You stand at the door with your barrack's brigade and keep an aisle clear, the way you once kept a road open for the guns.
- else:
    You find a place on a window frame beside Dudin, high enough to see over the heads of the crowd.
}
At 18:25 by the clock over the serving hatch, the gate opens for the commission from Moscow, and you read their shoulder boards before you learn their names: a major-general, a lieutenant-general, a colonel. # fact: negotiation_may27 # fact: second_commission_members # fact: yegorov # fact: gulag_chief_dolgikh
They are Yegorov, a deputy minister; Dolgikh, the head of the whole GULAG; Colonel Ilyin; and the prosecutor Vavilov, and their boots are clean, though nobody else in this room has had clean boots for years. # fact: second_commission_members # fact: yegorov # fact: gulag_chief_dolgikh # term: gulag
Five minutes later Kuznetsov stands and reads the demands, and his voice carries to the back wall without being raised. # fact: negotiation_may27 # fact: demands_27may
{did_post == clerk: It is your copy in his hands, and you can hear your own commas in his voice.}
"We ask that the shooting of 17 and 18 May be investigated," he reads. # speaker: kuznetsov # fact: demands_27may
Then come the rest: shorter terms for the men serving twenty-five years, a review of the political cases, pay like free workers, and the right to meet the women freely. # fact: demands_27may # fact: sentence_lengths
At the words about the women the whole room laughs, men and women both, and for a moment it is warm, but at the words about the political cases you find that you are holding your breath.
A man near the back starts shouting about his own case, and two of the blatnye from your lagpunkt lean over and hush him, as Kostya would have done, because tonight only the commission speaks for the camp. # fact: negotiation_may27 # term: blatnoi
Later a woman from the women's zone speaks about the wounded of the service yard, and you catch only pieces of it. # term: khozdvor
Behind the generals an officer holds a camera, and each time someone stands up, the shutter clicks. # fact: aftermath_lying
Now the lens swings along the room towards you.

+ [Keep your face to the front. You have nothing to hide from Soviet law.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You lift your chin, the way you stood for the photograph when you got your captain's stars, and the shutter clicks.
    A Soviet officer does not hide his face from Soviet officers: you tell yourself so, and you almost believe it is the whole truth.
+ [Turn your head and let the man in front cover you.]
    You drop your eyes and lean a little, so that a broad back in a quilted jacket fills the lens as the shutter clicks.
    It is a small movement, but you will remember it longer than many bigger ones.
    {did_post != no_post: It helps less than you hope, because a man doing the commission's work has been in plain sight all evening.}
- The Moscow men listen and write, but they say little that anyone can repeat afterwards, and when the gate closes behind them the canteen empties into the dark, arguing in many languages.
"They came," Dudin says. "Generals sat down in a zone and listened to zeks, and in all my years I never saw that." # speaker: dudin # term: zek
"They came to look at us," Mykola says, "and now they know our faces and where we sleep." # speaker: mykola
You walk between them and say nothing, and in your head you begin a letter to Lena: Dear Lena, today I saw generals listen.
You do not know yet how to end the sentence.
-> fyodor_june
