// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

/**
 * The sample production's screenplay, written for Backlot: "The Last Pot of Tea" (最后一壶茶), a short
 * feature set in Chongqing in 1941. One row a scene: number, INT/EXT, time, set (Chinese|English), where
 * (S3 = stage 3, L:name = a listed location), story day, eighths, synopsis, then paragraphs as
 * "A:" action, "C:" character, "D:" dialogue, "P:" parenthetical.
 */
final class SampleScript {
	private SampleScript() {
	}

	static final String[][] SCENES = {
			{ "1", "EXT", "DAWN", "朝天门码头|CHAOTIANMEN WHARF", "L:Chaotianmen Wharf", "1", "12",
					"Fog on the Yangtze. Lin Xiao steps off a ferry with a leather suitcase. / 长江雾中，林晓提着皮箱走下渡船。",
					"A:△ 江雾弥漫。码头工人扛着麻袋上下石阶。", "A:△ 林晓提着一只皮箱走下渡船，四下张望。", "C:码头工人", "D:小姐，要挑夫不？",
					"C:林晓", "D:不用。我自己来。" },
			{ "2", "EXT", "DAY", "十八梯|SHIBATI STEPS", "L:Shibati Steps", "1", "7",
					"Lin Xiao climbs the steps; a rickshaw puller follows her. / 林晓爬上十八梯，一个黄包车夫跟在后面。",
					"A:△ 林晓沿着石阶往上走。一辆黄包车停在拐角。", "C:黄包车夫", "D:姑娘，去哪儿？上坡不收你钱。", "C:林晓", "D:磁器口，老陈茶馆。" },
			{ "3", "INT", "DAY", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "1", "15",
					"The tea house at noon: Old He tells stories, Chen Mo pours tea. Lin Xiao asks for a room. / 正午的茶馆，老何说书，陈默掺茶。林晓要租一间房。",
					"A:△ 茶馆里坐满了茶客。老何拍响惊堂木。", "C:老何", "D:话说那一年，长江涨水——", "A:△ 陈默提着长嘴铜壶，从三尺外把茶水注进盖碗。",
					"C:林晓", "D:老板，楼上还有空房吗？", "C:陈默", "P:（不抬头）", "D:有是有，就是漏雨。", "C:林晓", "D:漏雨好。雨声盖得住别的声音。" },
			{ "4", "INT", "NIGHT", "茶馆阁楼|TEA HOUSE ATTIC", "S3", "1", "9",
					"Lin Xiao opens the suitcase: a radio transmitter. She taps a first message. / 林晓打开皮箱：里面是一台电台。她发出第一封电报。",
					"A:△ 屋顶漏雨，滴进一只搪瓷盆。", "A:△ 林晓打开皮箱，取出电台，戴上耳机。", "A:△ 她按下电键。嘀——嗒——嘀。" },
			{ "5", "INT", "NIGHT", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "1", "6",
					"Chen Mo hears the tapping through the ceiling and stops wiping the table. / 陈默听见天花板上的敲击声，停下擦桌子的手。",
					"A:△ 空荡的茶馆。陈默擦着桌子，抬头。", "A:△ 天花板上传来轻微的嘀嗒声。", "C:陈默", "P:（自语）", "D:下雨天，发报倒是好时候。" },
			{ "6", "EXT", "DAY", "磁器口老街|CIQIKOU OLD STREET", "L:Old Street, Ciqikou", "2", "10",
					"Inspector Zhou and two policemen walk the old street asking about a young woman with a suitcase. / 周探长带着两个警察在老街上打听一个提皮箱的年轻女人。",
					"A:△ 老街热闹。小贩吆喝。两名警察跟着周探长。", "C:周探长", "D:提皮箱的，外地口音，二十来岁。见过没有？", "C:小贩", "D:长官，这条街上提皮箱的一天几十个。" },
			{ "7", "INT", "DAY", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "2", "13",
					"Zhou drinks tea and questions Chen Mo; Xiao Man almost gives Lin Xiao away. / 周探长喝茶盘问陈默，小满差点说漏嘴。",
					"A:△ 周探长坐在靠窗的桌子，把驳壳枪放在桌上。", "C:周探长", "D:陈老板，最近来了新客人？", "C:小满", "D:楼上那位姐姐——",
					"C:陈默", "D:（打断）楼上那位姐姐的房钱还没给。小满，去烧水！", "A:△ 小满缩了缩脖子，跑进后厨。" },
			{ "8", "INT", "NIGHT", "茶馆阁楼|TEA HOUSE ATTIC", "S3", "2", "11",
					"Chen Mo confronts Lin Xiao; she tells him what the messages are for. / 陈默上楼质问林晓，她说出了电报的用途。",
					"C:陈默", "D:你在楼上敲什么？", "C:林晓", "D:敲天气。明天雾大不大，飞机来不来。", "C:陈默", "D:日本人的飞机？", "C:林晓", "D:我们的高射炮要知道。" },
			{ "9", "EXT", "NIGHT", "朝天门码头|CHAOTIANMEN WHARF", "L:Chaotianmen Wharf", "2", "8",
					"Air-raid sirens. Crowds run down to the shelters by the river. / 防空警报响起。人群奔向江边的防空洞。",
					"A:△ 警报声撕破夜空。人群从石阶上涌下来。", "A:△ 远处江面上，探照灯光柱交错。" },
			{ "10", "INT", "NIGHT", "防空洞|AIR-RAID SHELTER", "S5", "2", "14",
					"In the shelter, Harris the journalist photographs the crowd; Old He keeps the children calm with a story. / 防空洞里，记者哈里斯拍照，老何给孩子们讲故事。",
					"A:△ 煤油灯摇晃。泥土从洞顶簌簌落下。", "C:HARRIS", "D:(in English) Hold still — just one more.", "C:老何", "D:孩子们，别怕。听我讲孙猴子大闹天宫——" },
			{ "11", "EXT", "DAY", "南山观景台|NANSHAN VIEWPOINT", "L:Nanshan Viewpoint", "3", "6",
					"The morning after: smoke over the city. Lin Xiao counts the fires. / 轰炸后的早晨，城中冒着烟。林晓数着火点。",
					"A:△ 山城在脚下冒着黑烟。林晓拿着望远镜。", "C:林晓", "D:七处。比昨天少两处。" },
			{ "12", "INT", "DAY", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "3", "10",
					"The tea house reopens; regulars return. Harris orders tea in bad Sichuanese. / 茶馆重新开张，老茶客回来了。哈里斯用蹩脚的四川话点茶。",
					"C:HARRIS", "D:老板，来一碗……沱茶！", "A:△ 茶客们哄堂大笑。", "C:陈默", "D:要得！" },
			{ "13", "EXT", "DAY", "永川茶山竹海|YONGCHUAN TEA HILLS", "L:Yongchuan Tea Hills", "4", "9",
					"Chen Mo takes Lin Xiao to the tea hills to meet the courier. / 陈默带林晓到茶山接头。",
					"A:△ 茶园层层叠叠，采茶女唱着山歌。", "C:陈默", "D:我爹当年就在这片山上采茶。", "C:林晓", "D:那你为什么去城里开茶馆？", "C:陈默", "D:山上的茶要有人喝。" },
			{ "14", "EXT", "DAY", "盘山公路|MOUNTAIN ROAD", "L:Mountain Road", "4", "8",
					"A police truck climbs the road; Zhou has followed them. / 一辆警车开上山路，周探长跟了上来。",
					"A:△ 一辆旧卡车在盘山路上颠簸。车斗里站着警察。", "C:周探长", "D:开快点！" },
			{ "15", "EXT", "DUSK", "松溉古镇|SONGJI ANCIENT TOWN", "L:Songji Ancient Town", "4", "12",
					"Chase through the ancient town; Lin Xiao hides the code book in a temple. / 古镇追逐，林晓把密码本藏进庙里。",
					"A:△ 林晓跑过石板路，拐进一座小庙。", "A:△ 周探长带人追进巷子。枪声。", "A:△ 林晓把密码本塞进神像背后。" },
			{ "16", "INT", "NIGHT", "警察局审讯室|POLICE INTERROGATION ROOM", "S6", "5", "16",
					"Zhou interrogates Chen Mo, who talks only about tea. / 周探长审问陈默，陈默只谈茶。",
					"C:周探长", "D:那个女人在哪儿？", "C:陈默", "D:探长，沱茶要用滚水，毛峰要用八十度的水。", "C:周探长", "D:我没问你茶！", "C:陈默", "D:你问的都是茶。" },
			{ "17", "INT", "NIGHT", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "5", "7",
					"Xiao Man and Old He hide Lin Xiao in the storyteller's chest. / 小满和老何把林晓藏进说书的木箱。",
					"A:△ 小满打开后门，林晓闪进来。", "C:老何", "D:进箱子。我的故事箱，没人敢翻。" },
			{ "18", "EXT", "NIGHT", "洪崖洞|HONGYADONG", "L:Hongyadong", "5", "6",
					"Harris photographs police raiding the stilt houses. / 哈里斯拍下警察搜查吊脚楼。",
					"A:△ 吊脚楼灯火通明。警察挨家挨户踢门。", "A:△ 哈里斯躲在柱子后面按下快门。" },
			{ "19", "INT", "DAY", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "6", "14",
					"Zhou returns to search the tea house; Old He performs a story that mocks him. / 周探长回来搜查茶馆，老何说了一段讽刺他的书。",
					"C:老何", "D:话说有一位探长，专捉天上的麻雀——", "A:△ 茶客们憋着笑。周探长铁青着脸。", "C:周探长", "D:搜！" },
			{ "20", "INT", "DAY", "茶馆阁楼|TEA HOUSE ATTIC", "S3", "6", "5",
					"The attic is empty; only the enamel basin collects rain. / 阁楼空空荡荡，只有搪瓷盆接着雨水。",
					"A:△ 警察翻遍阁楼。只剩一只搪瓷盆，滴答，滴答。" },
			{ "21", "EXT", "NIGHT", "长江|YANGTZE RIVER (LED VOLUME)", "S2", "6", "11",
					"A wooden boat carries Lin Xiao across the river under searchlights. / 一条木船载着林晓在探照灯下渡江。",
					"A:△ 木船在黑色的江面上滑行。探照灯扫过。", "C:船夫", "D:趴下！", "A:△ 林晓贴在船底，抱着电台。" },
			{ "22", "EXT", "DAWN", "朝天门码头|CHAOTIANMEN WHARF", "L:Chaotianmen Wharf", "7", "9",
					"Chen Mo, released, waits at the wharf. A ferry horn; no Lin Xiao. / 陈默被放出来，在码头等候。渡轮鸣笛，林晓没有出现。",
					"A:△ 陈默站在石阶上，手里攥着怀表。", "A:△ 渡轮靠岸，乘客散去。没有林晓。" },
			{ "23", "INT", "DAY", "老陈茶馆|CHEN'S TEA HOUSE", "S3", "8", "8",
					"A letter arrives with a pressed tea leaf and a weather report. / 一封信寄到茶馆，里面夹着一片茶叶和一份天气预报。",
					"A:△ 小满把一封信递给陈默。", "A:△ 信里只有一片压干的茶叶，和一行字：明日有雾，宜饮茶。", "C:陈默", "P:（笑）", "D:小满，烧水。最后一壶茶，给她留着。" },
			{ "24", "EXT", "DAY", "永川茶山竹海|YONGCHUAN TEA HILLS", "L:Yongchuan Tea Hills", "9", "4",
					"Years later: the tea hills in spring; a woman picks tea and hums the boatman's song. / 多年以后，春天的茶山，一个女人采着茶，哼着船夫的歌。",
					"A:△ 春茶新绿。一个女人的背影，在茶垄间采茶。", "A:△ 她哼起那首船夫的歌。" } };

	/** Cast: number, name, alternative name, actor, actor's alternative name. */
	static final String[][] CAST = { { "1", "陈默", "Chen Mo", "王磊", "Wang Lei" }, { "2", "林晓", "Lin Xiao", "苏晴", "Su Qing" },
			{ "3", "周探长", "Inspector Zhou", "赵刚", "Zhao Gang" }, { "4", "老何", "Old He", "何伯年", "He Bonian" },
			{ "5", "小满", "Xiao Man", "李小宝", "Li Xiaobao" }, { "6", "HARRIS", "哈里斯", "James Whitfield", "詹姆斯·惠特菲尔德" },
			{ "7", "黄包车夫", "Rickshaw puller", "刘大山", "Liu Dashan" }, { "8", "船夫", "Boatman", "邓江", "Deng Jiang" } };

	/** Elements: category key, name, scenes (comma separated), studio item hint (Chinese name part). */
	static final String[][] ELEMENTS = { { "props", "皮箱 leather suitcase", "1,2,3,4", "皮箱" }, { "props", "电台 radio transmitter", "4,8,21", "" },
			{ "props", "长嘴铜壶 long-spout copper kettle", "3,12,19", "" }, { "props", "盖碗茶具 lidded tea set", "3,7,12,19,23", "盖碗茶具" },
			{ "props", "怀表 pocket watch", "22", "怀表" }, { "props", "搪瓷盆 enamel basin", "4,20", "" }, { "props", "惊堂木 storyteller's gavel", "3,19", "" },
			{ "props", "相机 camera", "10,18", "相机" }, { "props", "密码本 code book", "8,15", "" }, { "props", "望远镜 binoculars", "11", "" },
			{ "weapons", "驳壳枪 Mauser pistol (prop)", "7,15,16", "驳壳枪" }, { "vehicles", "黄包车 rickshaw", "2", "黄包车" },
			{ "vehicles", "警用卡车 police truck", "14", "解放卡车" }, { "vehicles", "木船 wooden boat", "21", "木船" },
			{ "wardrobe", "长衫 long gown (Chen Mo)", "3,5,7,8,12,16,22,23", "长衫" }, { "wardrobe", "旗袍 qipao (Lin Xiao)", "1,2,3,13,15", "旗袍" },
			{ "wardrobe", "呢子大衣 wool overcoat (Zhou)", "6,7,14,16,19", "呢子大衣" }, { "sfx", "雨 rain", "4,5,20,21", "" },
			{ "sfx", "探照灯 searchlights", "9,21", "" }, { "sfx", "远处爆炸 distant explosions", "9,10", "" }, { "sfx", "烟雾 smoke over the city", "11", "" },
			{ "sound", "防空警报 air-raid siren", "9", "" }, { "sound", "山歌 tea-picking song", "13,24", "" }, { "stunts", "古镇追逐 chase in the old town", "15", "" },
			{ "makeup", "伤痕 bruises (Chen Mo)", "16,22", "" }, { "equipment", "LED 体积 江面夜景 LED volume: river at night", "21", "" } };

	/** Extras: scene, count, description, look. */
	static final String[][] EXTRAS = { { "1", "30", "码头工人 dock workers", "labourer" }, { "3", "20", "茶客 tea drinkers", "elderly" },
			{ "6", "25", "街上的行人和小贩 street crowd and vendors", "street vendor" }, { "9", "80", "奔跑的人群 crowd running to the shelters", "" },
			{ "10", "40", "防空洞里的市民 citizens in the shelter", "" }, { "12", "18", "茶客 tea drinkers", "elderly" },
			{ "13", "8", "采茶女 tea pickers", "farmer" }, { "15", "15", "古镇居民 townspeople", "" }, { "19", "20", "茶客 tea drinkers", "elderly" } };
}
