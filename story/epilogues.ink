// The personal endings, and the grounded epilogue every ending passes through.
// Entered from ch4 (ending_killed) and from the end of ch5 (the rest), by the shared variables:
//   ending_killed     did_dawn == at_barricade and she went back out (ch4)
//   ending_named      did_tell == 3
//   ending_dispersed  silence, or picked out on the steppe (risk_seen >= 2, know_halyna == 3),
//                     or, from the sick bay, silence with her face in the photographs
//   ending_hospital   she stayed in the sick bay with the wounded and was not sent east
//   ending_letters    married Andriy, stayed, and he went east
//   ending_quiet      kept her head down and stayed
// Each ending follows her as far as it can, then tunnels into kengir_epilogue and ends.
// Fixed on every path: Andriy and Petro go east with the men; Ona stays at Kengir.

=== ending_killed ===
# act: epilogue
# date: 1954-06-26
# time: day
# place: elsewhere
# scene: epilogue
# beat: epilogue
# intensity: 2
# ending: ending_killed
This is how Ona tells it years later, speaking to you as if you could still hear.
"You went back out for the girl from Drohobych. A woman from your brigade saw it from behind the barrack corner, and she told me on the steppe, with her mouth in the dust." # speaker: ona
"Nobody could tell me whether you reached her; the girl was carried into the sick bay that morning, and later she went east on the lists." # speaker: ona
"They did not give us our dead, and no one ever told me where you were buried. I asked three times, and the third time Bobrov told me not to ask again, and he looked ashamed." # speaker: ona
{did_marry:"Andriy was on the list for the east. On the morning they took him out, he sent a boy to ask me for something of yours, and I sent him your wooden spoon."|"Andriy was on the list for the east. When he asked after you at the gate, I told him, and for a long time he said nothing."} # speaker: ona
{did_find_petro:"Your brother went east too. I wrote to your mother about you both, but I do not know whether the letter reached her."|"I wrote to your mother; I do not know whether the letter reached her."} # speaker: ona
{trust_ona >= 2:"I kept the towel with the red thread, and I have it still; when my granddaughter asks what the pattern means, I tell her it means a village near Ternopil."|"I did not know you as well as I should have. The bunk above mine stayed empty for a week, and then someone else slept there."} # speaker: ona
"That is all I saw, and all I was told." # speaker: ona
-> kengir_epilogue ->
-> END

=== ending_dispersed ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: transport
# scene: transport
# beat: epilogue
# intensity: 1
# ending: ending_dispersed
The wagon has one small barred window high up, and the women take turns standing beneath it.
{did_tell == 1:You gave Orlov nothing, yet your number was on the list; perhaps it would have been there anyway, and you will never know.|{know_halyna == 3 and risk_seen < 2:You gave Orlov only what the whole steppe knew, but Halyna had stopped by your hands, and that was enough.|You gave Orlov only what the whole steppe knew, but your face was in his folder, and that was enough.}}
The train travels east for many days, toward Ozerlag or Kolyma, where the prisoners from Kengir are being sent, some one way and some the other. # fact: dispersal_1000
Your new camp stands in forest, with mosquitoes instead of dust, and nobody there has heard of a commission.
{did_marry:Andriy is on the same train in a men's wagon, and at one station you see a hand at a barred window and decide that it is his.}
Petro was on the men's list, and it is a long time before a letter arrives in his bad spelling from a camp you have to find on a map.
Like most of the people on that train, you are free before the decade is out. # fact: dispersal_1000
You go home to a village near Ternopil where another family lives in your mother's house, and for a long time you do not talk about Kengir.
{trust_ona >= 2:Ona writes from Kaunas for years in careful Russian, leaving the Lithuanian words she cannot translate just as they are.|You lose Ona: once you look for her name in a list of the released, and you do not find it, and you do not know what that means.}
-> kengir_epilogue ->
-> END

=== ending_named ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: women_barrack
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_named
Your number is not on any list, and you stay at Kengir, because Orlov kept his word in the way such men keep it: nobody came for you, although Petro went east all the same.
The woman who kept the stones by your barrack door was taken one night and sent east, and for the rest of your life you will wonder whether your nod put her there or whether her name was on a list before you sat down.
When you sit down in the barrack, some women move their bowls along the plank, and nobody says anything, because nobody has to.
{trust_ona >= 2:Ona does not move her bowl, and she never says why; some nights she prays in Lithuanian, and in the middle of the words you hear your own name.|Ona asks to be moved to another barrack, and the request is granted, which tells you something too.}
{did_marry:In the spring a letter comes from Andriy, and you read it many times, but you do not know how to answer it, and in the end you write about the weather.}
You go home in the end, and years later, in the market in Ternopil, a woman who was at Kengir sees you and crosses to the other side of the street, or perhaps she only wanted the other stall; you will never be sure of that either.
-> kengir_epilogue ->
-> END

=== ending_hospital ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: sick_bay
# scene: sick_bay
# beat: epilogue
# intensity: 1
# ending: ending_hospital
You were never marched out to the steppe: while the others lay in the dust, you carried water in the sick bay, and the sick bay is where you stay.
Helmi teaches you what she can, how to set a finger, how to count a pulse without a watch, and how to sit with someone who is dying so that they are not alone.
{did_tell == 1:You gave Orlov nothing, and nobody came for you; perhaps there was no one left to send.|You gave Orlov the soup and the concerts, and although he wrote it all down, nobody came for you.}
The wounded go back to the barracks one by one, or out on the lists, or to the shed, and after a while you can tell from a face which it will be.
Andriy and Petro went east with the men, and from the sick bay window you watched the column go without being able to tell which of the backs were theirs.
When Helmi is released, she leaves you her stethoscope and the address of a hospital in Tartu, and you keep both.
{trust_ona >= 2:Ona comes to the sick bay door most evenings to say that the day is over, but she never comes in, because the smell of carbolic, she says, reminds her of school.}
Afterwards you train as a nurse in a district hospital near Ternopil, and when the young doctors ask where you learned to work like that, you tell them: from an Estonian.
-> kengir_epilogue ->
-> END

=== ending_quiet ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: women_zone
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_quiet
You keep your head down, as your mother told you to on the morning they took you away, and for once you do as she said.
Orlov does not send for you again, and your number stays off the lists.
Andriy and Petro went east on the same train. {did_find_petro:You had found your brother in May, and in July you lost him again.|You never found your brother in those weeks, but now at least you know which way he went.}
The camp empties around you, with fewer women at each roll call, while the new rules that summer bring shorter working days and more letters. # fact: reforms_1954
You are still at Kengir when Steplag, handed over to the Kazakh camp administration, is abolished in April 1956, and only the name on the papers changes. # fact: steplag_shrinks_abolished # term: steplag
{trust_ona >= 2:Ona is still on the bunk below yours, and she says it is a very particular kind of freedom to have your camp abolished while you stay in it.}
You go home in the end, on a slow train, to a village that has learned to do without you.
-> kengir_epilogue ->
-> END

=== ending_letters ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: women_barrack
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_letters
You are Andriy's wife, and he is on the far side of the country, but that summer the rules change, and prisoners may write and receive as many letters as they like. # fact: reforms_1954
His first letter is mostly about the weather and a generator someone has asked him to mend, although the last line is in Ukrainian, whatever the censor thinks of it.
You write back every week. {trust_andriy >= 2:He answers every letter and numbers them, so that you will know if one goes missing, and some do.|His answers come slowly and say less than you want, and you learn to read what lies between the lines.}
Petro went east on the same train, and Andriy asks after him in every camp he passes through, but nobody knows the name until one spring, when a letter comes from Petro himself, in his bad spelling.
{trust_ona >= 2:Ona reads the letters with you and corrects the Russian of your replies, because a letter to a husband, she says, should have no mistakes in it, so that he reads only what you mean.}
You are apart for years, and what came after belongs to the two of you, but the letters survive: your granddaughter keeps them in a biscuit tin, his and yours, in the order they were written.
-> kengir_epilogue ->
-> END

=== kengir_epilogue ===
# act: epilogue
# date: 2014-06-26
# time: day
# place: elsewhere
# scene: epilogue
# beat: epilogue
# intensity: 2
What happened to the people of Kengir
Before dawn on 26 June 1954, about 1,700 soldiers with 98 dogs and five T-34 tanks took back the camp by force. # fact: assault_date # fact: assault_time # fact: assault_forces # term: t34
The day before, on 25 June, General Yegorov had received the Order of the Red Banner and General Dolgikh the Order of Lenin, both for long service. # fact: awards_june25
Tanks drove over people, and women were among the dead. # fact: tanks_crushing # fact: women_in_assault
Official Soviet reports counted 37 prisoners killed, although other versions of the official figures give 46. # fact: official_killed
The same reports counted 106 prisoners and 40 soldiers wounded. # fact: official_wounded # fact: troops_wounded
Former prisoners believed that between 500 and 700 people were killed or wounded, and the exact number is still not known. # fact: prisoner_estimates
The authorities arrested 436 people, among them every member of the prisoners' commission. # fact: arrests_436
Another 1,000 prisoners, 500 men and 500 women, were accused of supporting the revolt and sent to Ozerlag and Kolyma, and most of them were free by the end of the decade. # fact: dispersal_1000
Within two days of his arrest the commission's chairman, Kapiton Kuznetsov, wrote a long confession, and the historian Anne Applebaum believes the investigators built much of their picture of the uprising from it. # fact: kuznetsov_confession # fact: kuznetsov_chair
Solzhenitsyn wrote that the prisoners' demands had included an end to the numbers on their clothes and punishment for the guard who shot the believer known as the Evangelist. # fact: demands_solzh_list # fact: named_prelude_victims
That summer the camp rules were eased, with an eight-hour working day, easier early release and letters without limit; strikes like Kengir's added to the pressure, but whether they caused the change is still argued. # fact: reforms_1954
From October 1954 until April 1956, Yegorov headed the GULAG itself. # fact: yegorov # term: gulag
In November 1954 the accused leaders challenged the way their case had been investigated, and the regional court in Karaganda sent it back for further investigation. # fact: trial_nov1954
In August 1955 the Supreme Court of the Kazakh republic sentenced Kuznetsov to death. # fact: trial_aug1955 # fact: kuznetsov_fate
In February 1956 Nikita Khrushchev, First Secretary of the Communist Party, denounced Stalin in a secret speech to the Party congress. # fact: secret_speech
Steplag, which had been shrinking, was abolished in April 1956. # fact: steplag_shrinks_abolished # term: steplag
According to Applebaum, six leaders of the uprising were shot, among them Keller, Sluchenkov and Knopmus; they died in September 1956, months after Stalin had been denounced, although the sources give different dates. # fact: death_sentences # fact: executions_date
Kuznetsov's sentence was commuted, and he was moved to Karlag, the Karaganda camp, and released in 1960. # fact: kuznetsov_fate # term: karlag
In January 1960 the GULAG administration itself was abolished, although forced labour continued in corrective labour colonies. # fact: gulag_closed_1960
Aleksandr Solzhenitsyn was never at Kengir; he wrote his chapter The Forty Days of Kengir from the testimony of former prisoners. # fact: solzh_not_witness # fact: duration
It appeared in Paris in 1975, in the third volume of The Gulag Archipelago. # fact: gulag_archipelago_pub
The historian Nikolai Formozov, of the human-rights society Memorial, has studied the uprising's documents more closely than anyone; his book is called Kites over the Zone. # fact: formozov_research
In 2014 Ivan Mamchur of Lviv, who had been a prisoner at Kengir, published his memoir, And Then the Tanks Came at the People. # fact: mamchur_memoir
One survivor said of those weeks: "Never before or since have I felt such a sense of freedom as I did then." # fact: freedom_testimony
->->
