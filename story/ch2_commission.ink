// Chapter 2 — the commission (25–29 May 1954).
// Daryna takes up work for the prisoners' commission (did_duty) and goes to the talks of
// 27 May in the canteen, where she may speak before the Moscow men (class vote speak_at_talks).
// Sets: did_duty, risk_seen, trust_ona, trust_andriy. Reads: did_find_petro, trust_andriy.
// No chapter-local variables: every branch merges at the next knot.

=== commission ===
# act: commission
# date: 1954-05-25
# time: dawn
# place: women_barrack
# scene: barracks
# beat: commission
# intensity: 1
The barrack door stands open at first light. Nobody turned a key in it last night, and nobody comes now to count you out.
No nadziratel stands in the doorway. The camp staff are outside the zone; the prisoners drove them out, and the gates are shut from the other side. # term: nadziratel # fact: authorities_expelled
The bars are still on the windows. Your number is still on your back. But the wind that comes in smells of wormwood and dust, not of the guardhouse stove, and you lie on the top of the vagonki and listen to it. # term: vagonki
Below you, Ona is combing out her hair with her fingers. "Do you hear that?" she says. "Nothing. Nobody shouting." # speaker: ona

By the time the bread comes, everyone knows the camp has a commission. There are two versions of how it was made, and you hear both before noon. In one, the bosses themselves said the prisoners should choose a committee, and hands went up in the yard. In the other, a group of men pushed into the talks and did the speaking for everyone. # fact: commission_origin
Its chairman is a Russian from lagpunkt 3, Kapiton Kuznetsov, a former Red Army officer. # fact: kuznetsov_chair # fact: commission_members_list # term: lagpunkt
"A colonel," says Vera, who sleeps by the stove and hears everything first. "The men said he had a regiment in Germany after the war, and they jailed him because one of his soldiers ran off to the West." # speaker: vera # fact: kuznetsov_solzh_bio # fact: kuznetsov_rank
"That is not what I heard." Halyna does not look up from her mending. "In the office it was said his file calls him a traitor. That he served the Germans in the war." # speaker: halyna # fact: kuznetsov_solzh_bio # fact: kuznetsov_official_bio
Nobody asks Halyna how she knows what is said in the office. You notice that nobody asks.
The women's zone has three delegates on the commission: Mikhailevich, Suprun and Shimanskaya. You know them by name, and by the way a room goes quiet when one of them walks through it. # fact: women_on_commission
And behind the commission stands something nobody names aloud. The Center, the men call it, when they call it anything. Some say it is Ukrainians mostly; some say Lithuanians and Russians sit in it too. No one knows how many, or who gives orders to whom. # fact: the_center

Before the soup, Vera comes back with a board under her arm. Red letters, still wet: "Long live the Soviet Constitution!" # fact: slogans
"Kuznetsov wants one over every door," she says. "Let the bosses look through their field glasses and see Soviet people asking for Soviet law. Not bandits." # speaker: vera # fact: kuznetsov_soviet_line
Ona puts down the sock she is darning. "I am Lithuanian," she says, very quietly. "They made me a prisoner. They cannot make me a Soviet person. I will not sleep under that board." # speaker: ona
Vera holds the hammer out to you. You are the tallest in the barrack, and the nails are in your palm before you have decided anything.

+ [Nail the board over the door. #discuss: soviet_slogans]
    You drive each nail home in four blows. The board hangs straight. Vera pats your arm as if you were her daughter.
    When you climb down, Ona has turned her face to the wall. She says nothing about it, then or later, and that is worse.
+ [Give the hammer back to Vera. #discuss: soviet_slogans]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You put the hammer and the nails back into Vera's hand. "Not me," you say. # speaker: daryna
    Vera looks at you as if you had spat on her shoes. Then she climbs onto the stool herself and hangs the board, a little crooked. Below you, Ona lets out a long breath.

- At midday the starosta climbs onto a bench with a slate. She is a Belarusian woman with a voice made for calling cows. # term: starosta
"The commission has departments now," she reads. "Technical. Operational. Clothing and food. Military. Agitation and propaganda. Internal security." # fact: departments
One thing is not on her slate: the intelligence men under Sluchenkov. Everyone knows about them anyway. # fact: departments # fact: sluchenkov
"Everyone sweeps, washes linen and takes her turn at the night watch," the starosta says. "That is not a question. But every barrack must also give hands to the departments." # fact: volunteer_duties
She looks along the bunks, and her eyes stop on you.

+ [Go to the kitchen.]
    ~ did_duty = kitchen
    The kitchen needs steady hands and a head that can count. Every woman in the camp will be watching those hands.
    -> kitchen_ladle
+ [Go to Helmi in the sick bay.]
    ~ did_duty = sick_bay
    Helmi needs someone who will not faint and will do what she is told. The wounded from the service yard are still in her beds.
    -> sick_bay_helmi
+ [Go with Vera to the wall newspaper.]
    ~ did_duty = newspaper
    ~ risk_seen = MIN(risk_seen + 1, 3)
    Vera wants your neat village-school hand. Whatever you letter will hang in the open, where the bosses' field glasses can read it.
    -> newspaper_board
+ [Go to the workshops in the service yard.]
    ~ did_duty = workshop
    The tailors' shop in the service yard wants seamstresses. Next door the technical men work, Andriy among them. In the smithy beyond, something is being made that nobody names.
    -> workshop_yard

=== kitchen_ladle ===
# act: commission
# date: 1954-05-26
# time: day
# place: kitchen
# scene: canteen
# beat: commission
# intensity: 1
The kitchen is steam and shouting and the smell of wet millet. The women cook for the whole camp now, and the commission's rule is chalked on the doorpost: one ration, the same for everyone, nothing extra for the pridurki. # fact: food_equal_rations # term: pridurok
The head cook is a Latvian woman with forearms like a baker's. She puts the ladle in your hand. "Level," she says. "Not heaped, not short. They will watch you like hawks."
They do. The line of bowls moves past you, tin and clay and one made from a tobacco tin, and every pair of eyes follows the ladle from the pot to the bowl. The balanda is thin today, but it is hot, and it is the same for all. # term: balanda
A woman who used to keep the accounts in the office, and ate from the officers' pot, holds out her bowl. "From the bottom, girl," she says. "As before."
Behind her stands the old woman from Ona's corner, who has not stopped coughing since the walls came down. This morning Ona asked you, very politely, whether you could find her something thicker.

+ [Ladle the same for both of them.]
    One level ladle for the clerk. One level ladle for the old woman.
    The clerk looks into her bowl, then at you. "So this is your freedom," she says, and goes.
    The old woman thanks you in Lithuanian and coughs over her soup. When you tell Ona, she says only, "Of course. It is right." She does not look at you while she says it.
+ [Scrape the thick bottom of the pot for the old woman.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You tip the pot and drag the ladle along the bottom, where the millet has settled.
    The head cook sees. "Once," she says. "Next time you are on the bread knife, and somebody else has the ladle."
    The clerk has seen it too. "So nothing has changed," she says loudly. "Only the pot has new favourites." Two women in the line nod.
    That night Ona finds your hand in the dark and holds it for a moment, and says nothing.

- -> canteen_talks

=== sick_bay_helmi ===
# act: commission
# date: 1954-05-26
# time: day
# place: sick_bay
# scene: sick_bay
# beat: commission
# intensity: 2
The sick bay smells of carbolic, and of something under the carbolic that you try not to name. Helmi Saar ties an apron on you with two quick tugs, the way a mother dresses a child for school.
"You will hold things," she says. "Lamps, basins, legs. You will not tell the men how they are doing. That is my work." # speaker: helmi
The wounded from the service yard lie in the far beds. Helmi will not say how many were killed in the yard. People said one number in the women's zone and another in the men's, and she has stopped listening to both. # fact: shooting_may_casualties
A boy from lagpunkt 2 has a thigh wound that has gone bad. {did_find_petro: He is Petro's age. For a moment you look hard at his face, to be sure it is not him.|He is about your brother's age. You try not to think about where Petro is tonight.}
You hold his leg while Helmi cleans it. He bites on a leather strap. You look at the bars on the window and count them, over and over, until Helmi says, "Enough. You did well."
Then she wipes her hands and takes a folded paper from her apron. "The commission wants a list for the men from Moscow. Every wounded man, every dead one, from the service yard. Someone must carry it to headquarters and answer their questions." # speaker: helmi

+ [Carry the list to the commission yourself.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    Headquarters is a barrack in the men's zone, full of smoke and tables. A clerk writes your name in a thick book: runner, women's sick bay.
    A man with a pencil asks whether you saw the yard with your own eyes. You tell him what you saw. He writes that down too, and thanks you, and calls the next one.
+ [Stay with the wounded and let Helmi send someone else.]
    Helmi sends the girl from the laundry, who runs as if the paper were burning.
    The boy with the bad leg holds your sleeve all afternoon. He talks about his mother's geese. When the fever drops at dusk, Helmi pours you the last of the tea without a word.

- -> canteen_talks

=== newspaper_board ===
# act: commission
# date: 1954-05-26
# time: day
# place: women_zone
# scene: yard
# beat: commission
# intensity: 1
The wall newspaper hangs on boards by the canteen door. There is a new sheet every morning, and a crowd in front of it before the ink is dry. The caricatures are what people come for: a fat officer hiding behind a wall he has just rebuilt; a warder with a key as big as himself. # fact: wall_newspaper
The agitation and propaganda department gives Vera paper, a bottle of ink and a young man from lagpunkt 3 who draws. Vera gives you the headlines. # fact: departments
"Every article signed," Vera says. "Soviet citizens do not hide behind their hands. We are not writing leaflets under the bunks." # speaker: vera
She signs her own article, "V. Lomova", in a clerk's small, upright letters.
Then she hands you the pen. The piece underneath is yours: a few lines about the night in the service yard, about the doors the women used for stretchers. Vera corrected your Russian and left the rest alone.
Through the wire, far off, a soldier on a watchtower lifts his field glasses. Perhaps he is only looking at the sky.

+ [Sign it with your own name, as Vera does.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    "D. Kovalchuk," you write, small, at the bottom. Your hand does not shake until afterwards.
    By evening women you have never spoken to stop you by the washhouse. One of them kisses you on both cheeks. One says, "You will be sorry for that signature," and walks on.
+ [Leave it unsigned.]
    You hand the pen back. Vera's lips go thin.
    "Fear," she says. "I understand fear. It is what they want from us." She pins the sheet up anyway, and by evening women are reading your words aloud to each other without knowing whose they are.

- -> canteen_talks

=== workshop_yard ===
# act: commission
# date: 1954-05-26
# time: day
# place: workshop
# scene: workshop
# beat: commission
# intensity: 1
The khozdvor looks smaller in daylight. Someone has raked the sand where the shooting was, and nobody walks across that patch if they can go round it. # term: khozdvor
In the tailors' shop the women sew sacks and mend quilted jackets. Next door the technical men are putting the lamps back together. Andriy is up a ladder with a coil of wire round his neck. {trust_andriy >= 2: He sees you and grins, and nearly falls off.|He nods to you, polite and careful, as if you were someone else's sister.}
Beyond the wall comes the sound of files on iron. In the smithy, men are making knives, clubs and picks, and grinding bars from the bunks into pikes. # fact: center_weapons # fact: pikes_grenades
Before long a man from the military department comes in with a sack over his shoulder. His head is shaved and he smells of hot metal. He drops the sack on your table, and it clanks.
"For your barrack," he says. "Every barrack has a brigade now, to defend itself. Somebody carry this across." # fact: barrack_brigades

+ [Carry the sack across to the women's zone.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    It is heavier than it looks. You carry it on your hip like washing and push it under the bottom bunk by the door.
    When you straighten up, Halyna is watching you from her bunk, her needle stopped in the air. She smiles, and goes back to her sewing.
+ [Tell him you came to sew, not to carry iron.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    The man shrugs. "Then your barrack can fight with needles," he says, and someone else carries it.
    At dusk Andriy comes down his ladder and wipes his hands on a rag. "I make light," he says. "Not spears. Not everyone here understands the difference." # speaker: andriy

- -> canteen_talks

=== canteen_talks ===
# act: commission
# date: 1954-05-27
# time: dusk
# place: canteen
# scene: canteen
# beat: talks
# intensity: 2
Tonight the canteen holds about 2,000 prisoners, men and women together, on the benches, on the tables, in the window frames. # fact: negotiation_may27 # fact: canteen_2000
The air is thick with makhorka and wet felt. You stand wedged between Vera and a Lithuanian man who smells of the mine. # term: makhorka
Vera, who still keeps time like a ministry typist, watches the clock over the serving hatch. At 18:25 the gate opens for the commission from Moscow. # fact: negotiation_may27
They come in with officers behind them: Yegorov, a deputy minister; Dolgikh, the head of the whole GULAG; the prosecutor Vavilov. # fact: second_commission_members # fact: yegorov # fact: gulag_chief_dolgikh
Their boots are clean. That is the first thing you see. Nobody in this room has had clean boots in years.
Kuznetsov stands up at the long table with a paper in his hands. He reads the demands in a steady, carrying voice. # fact: kuznetsov_chair # fact: demands_27may
"We ask that the use of weapons against prisoners be investigated," he reads. # speaker: kuznetsov # fact: demands_27may
Then the rest, one by one: shorter terms for those serving twenty-five years; no exile after release; pay like free workers; free contact with the women; and a member of the Presidium of the Central Committee to come here himself and listen. # fact: demands_27may # fact: sentence_lengths
At the words about the women, the men laugh, and the women laugh louder, and for a moment the room is warm.
Solzhenitsyn, writing years later from the notes of commission member Makeev, has Kuznetsov tell the prisoners to speak to Moscow's men "in a manner befitting Soviet citizens." The words may not be exact. The wish is plain in every line he reads. # fact: kuznetsov_loyalty_quote # fact: makeev
When a man at the back starts shouting about his own case, two of the blatnye from lagpunkt 3 lean over and hush him: only the commission speaks for the camp. # fact: negotiation_may27 # term: blatnoi
Helmi pushes through to you and bends to your ear. "They want a woman to say something about the service yard," she says. "Someone who saw them carried in. You saw." # speaker: helmi
Behind the generals, an officer has a camera. Each time someone stands up, the shutter clicks. # fact: aftermath_lying

+ [Stand up and go to the front. #vote: speak_at_talks/speak]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The benches part for you. The floor seems very long.
    "We carried them in on doors, because there were no stretchers," you say. Your Russian is bad, and nobody laughs. "One of them was younger than my brother." # speaker: daryna
    The prosecutor writes something down. The shutter clicks. You go back to your place, and only when you sit down do your knees begin to shake.
    {did_duty == sick_bay: Helmi presses your shoulder once, hard.|Vera takes your hand and does not let go of it.}
+ [Stay where you are. #vote: speak_at_talks/silent]
    You shake your head. Helmi looks at you a moment, then nods, as if you had answered a different question.
    A woman from the laundry goes instead. Her voice cracks on the second sentence, and she says less than you would have said.
    The shutter clicks over the crowd. You are one face among all the others, and the words you did not say sit in your mouth like a stone.

- The Moscow men listen, and write, and say little that anyone can repeat afterwards.
Then the gate closes behind them, and the canteen empties into the dark, arguing in six languages.
-> after_talks

=== after_talks ===
# act: commission
# date: 1954-05-29
# time: dusk
# place: women_zone
# scene: yard
# beat: commission
# intensity: 1
Two days go by without an answer from Moscow.
Over the camp, Kuznetsov has had a flag run up: a white sheet with a red cross sewn on it. A sign for the world outside, people said, that there are wounded in here, and women. # fact: red_cross_flag
In every barrack a brigade sits up through the night with whatever it has: a pike, a pick handle, a pile of stones by the door. # fact: barrack_brigades
The commission argues, and everyone knows it, because the walls are thin and men gossip worse than washerwomen. Kuznetsov keeps to his slogans and his Soviet law. Others, the Center's men, it is whispered, want stones on the roofs and pikes at the doors. # fact: kuznetsov_soviet_line # fact: the_center
And Sluchenkov's men go from barrack to barrack, asking quietly who said what to whom. # fact: sluchenkov
At dusk Andriy comes across from the men's zone, as the men may do now, and sits beside you on the step. {did_find_petro: Petro comes with him and sits on the step below, cracking his knuckles.}
"Do you know why a Russian sits at the top?" Andriy says. "So that Moscow cannot call this a nationalist revolt. That is what I believe, anyway. Our people chose him for his face." # speaker: andriy # fact: commission_russian_head
He watches the red cross on the flag move in the wind. "They came to count us," he says. "How many, where, who talks. They will promise, and while they promise, the trains will come." # speaker: andriy
Vera is passing with a bucket. She stops. "Generals came into a camp to listen to zeks," she says. "When did that ever happen before? Give them time." # speaker: vera # term: zek
They both look at you.

+ ["Vera may be right. They came. Let them answer."]
    "Vera may be right," you say. "They came here. Let them answer." # speaker: daryna
    Andriy is quiet for a long time. "I hope so," he says at last. "I would like very much to be wrong." # speaker: andriy
    Vera nods to you, pleased, and goes on with her bucket. Andriy leaves before the light goes.
+ ["You may be right. They came to count us."]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "You may be right," you say. "They came to count us." # speaker: daryna
    Andriy lets out his breath, as if he had been carrying it for days. Vera walks on without a word, the water slopping over the rim of her bucket.
    Andriy stays on the step until the night watch comes round, and does not say much, and does not need to.

- The flag cracks in the wind over the roofs. Somewhere in the men's zone someone is singing, badly, and nobody tells him to stop.
-> forty_days
