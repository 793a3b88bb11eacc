// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** The costume and prop store: bilingual items across periods, drawn from a seed. */
final class Inventory {
	/** Period names, Chinese|English. */
	private static final String[] PERIODS = { "民国重庆|Republic-era Chongqing", "当代|Contemporary", "武侠|Wuxia", "科幻|Sci-fi",
			"清代|Qing dynasty", "1980年代|1980s" };

	/** Per period, per kind (costume, prop, set dressing, vehicle, weapon): bases as Chinese|English. */
	private static final String[][][] BASES = {
			{ { "长衫|long gown", "旗袍|qipao", "中山装|Zhongshan suit", "西装马甲|waistcoat suit", "学生装|student uniform", "军装|army uniform", "黄包车夫短褂|rickshaw puller's jacket", "呢子大衣|wool overcoat" },
					{ "怀表|pocket watch", "油纸伞|oil-paper umbrella", "留声机|gramophone", "算盘|abacus", "盖碗茶具|lidded tea set", "煤油灯|kerosene lamp", "皮箱|leather suitcase", "报纸|newspaper", "钢笔|fountain pen", "礼帽|fedora" },
					{ "八仙桌|square table", "竹椅|bamboo chair", "木柜台|wooden counter", "广告招贴|poster", "雕花屏风|carved screen" },
					{ "黄包车|rickshaw", "老式轿车|vintage saloon car", "木船|wooden boat" },
					{ "驳壳枪（道具）|Mauser pistol (prop)", "步枪（道具）|rifle (prop)", "匕首（道具）|dagger (prop)" } },
			{ { "西装|business suit", "连衣裙|dress", "校服|school uniform", "外卖骑手服|delivery rider's jacket", "警服|police uniform", "医生白大褂|doctor's coat", "运动服|tracksuit", "羽绒服|down jacket" },
					{ "智能手机|smartphone", "笔记本电脑|laptop", "咖啡杯|coffee cup", "公文包|briefcase", "火锅锅具|hotpot set", "麦克风|microphone", "相机|camera", "奶茶杯|bubble tea cup" },
					{ "沙发|sofa", "办公桌|office desk", "霓虹灯牌|neon sign", "书架|bookshelf", "冰箱|fridge" },
					{ "电动车|e-scooter", "出租车|taxi", "越野车|SUV", "公交车|city bus" },
					{ "手枪（道具）|handgun (prop)", "警棍（道具）|baton (prop)", "菜刀（道具）|kitchen knife (prop)" } },
			{ { "侠客长袍|swordsman's robe", "夜行衣|night-walker suit", "道袍|Taoist robe", "铠甲|armour", "披风|cloak", "绣花襦裙|embroidered ruqun" },
					{ "斗笠|bamboo hat", "酒葫芦|wine gourd", "竹简|bamboo scroll", "铜镜|bronze mirror", "灯笼|lantern", "古琴|guqin" },
					{ "客栈桌椅|inn table set", "木屏风|wooden screen", "兵器架|weapon rack", "香炉|incense burner" },
					{ "马车|horse carriage", "轿子|sedan chair" },
					{ "长剑（道具）|long sword (prop)", "单刀（道具）|broadsword (prop)", "弓箭（道具）|bow and arrows (prop)", "长枪（道具）|spear (prop)" } },
			{ { "太空服|space suit", "机甲驾驶服|mech pilot suit", "未来军装|future army uniform", "银色斗篷|silver cloak" },
					{ "全息投影仪|holographic projector", "激光测距仪|laser rangefinder", "能量电池|energy cell", "机器人头盔|robot helmet", "数据平板|data tablet" },
					{ "控制台|control console", "舱门|hatch", "冷冻舱|cryo pod" },
					{ "悬浮摩托|hover bike", "月球车|moon rover" },
					{ "激光枪（道具）|laser gun (prop)", "等离子步枪（道具）|plasma rifle (prop)" } },
			{ { "马褂|mandarin jacket", "朝服|court robe", "旗装|Manchu dress", "长辫头套|queue wig" },
					{ "鼻烟壶|snuff bottle", "官帽|official's hat", "折扇|folding fan", "毛笔|writing brush", "砚台|ink stone" },
					{ "太师椅|grand armchair", "条案|long altar table", "花瓶|vase" },
					{ "牛车|ox cart" },
					{ "腰刀（道具）|sabre (prop)", "火枪（道具）|matchlock (prop)" } },
			{ { "的确良衬衫|polyester shirt", "喇叭裤|bell-bottoms", "军绿外套|army-green jacket", "工装|work overalls" },
					{ "收音机|transistor radio", "搪瓷杯|enamel mug", "自行车铃|bicycle bell", "磁带|cassette tape", "挂历|wall calendar" },
					{ "五斗柜|chest of drawers", "缝纫机|sewing machine", "黑白电视|black-and-white TV" },
					{ "二八自行车|28-inch bicycle", "解放卡车|Jiefang truck" },
					{ "猎枪（道具）|hunting rifle (prop)" } } };

	private static final ItemKind[] KINDS = { ItemKind.COSTUME, ItemKind.PROP, ItemKind.SET_DRESSING, ItemKind.VEHICLE, ItemKind.WEAPON };
	private static final int[] KIND_WEIGHTS = { 45, 35, 12, 3, 5 };
	private static final String[] PREFIX = { "C", "P", "S", "V", "W" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String[] COLOURS = { "红|red", "黑|black", "白|white", "蓝|blue", "灰|grey", "青|teal", "金|gold", "绿|green", "棕|brown", "紫|purple" };
	private static final String[] SIZES = { "XS", "S", "M", "L", "XL", "XXL" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final String[] STYLES = { "formal", "casual", "worn-in", "ornate", "plain", "military", "working" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Condition[] CONDITIONS = { Condition.NEW, Condition.GOOD, Condition.GOOD, Condition.GOOD, Condition.WORN, Condition.DAMAGED };

	private Inventory() {
	}

	static void items(Studio s, SeededIds ids, int count) {
		int[] serial = new int[KINDS.length];
		for (int i = 0; i < count; i++) {
			int p = ids.random().nextInt(PERIODS.length);
			int k = weighted(ids);
			String[] base = ids.pick(BASES[p][k]).split("\\|"); //$NON-NLS-1$
			String[] period = PERIODS[p].split("\\|"); //$NON-NLS-1$
			InventoryItem item = StudioFactory.eINSTANCE.createInventoryItem();
			item.setId(ids.uuid());
			item.setKind(KINDS[k]);
			item.setCode(PREFIX[k] + "-" + String.format("%05d", ++serial[k])); //$NON-NLS-1$ //$NON-NLS-2$
			item.setPeriod(period[1]);
			item.setStyle(ids.pick(STYLES));
			item.setCondition(ids.pick(CONDITIONS));
			boolean coloured = KINDS[k] == ItemKind.COSTUME || ids.random().nextInt(3) == 0;
			if (coloured) {
				String[] colour = ids.pick(COLOURS).split("\\|"); //$NON-NLS-1$
				item.setColour(colour[1]);
				item.setNameZh(colour[0] + "色" + base[0]); //$NON-NLS-1$
				item.setNameEn(Character.toUpperCase(colour[1].charAt(0)) + colour[1].substring(1) + " " + base[1]); //$NON-NLS-1$
			} else {
				item.setNameZh(base[0]);
				item.setNameEn(Character.toUpperCase(base[1].charAt(0)) + base[1].substring(1));
			}
			if (KINDS[k] == ItemKind.COSTUME) {
				item.setSize(ids.pick(SIZES));
				item.setQuantity(ids.between(1, 6));
			} else {
				item.setQuantity(KINDS[k] == ItemKind.VEHICLE ? 1 : ids.between(1, 20));
			}
			item.getTags().add(period[0]);
			item.getTags().add(period[1].toLowerCase());
			item.setPhotoPath("photos/" + item.getCode() + ".jpg"); //$NON-NLS-1$ //$NON-NLS-2$
			s.getInventory().add(item);
		}
	}

	private static int weighted(SeededIds ids) {
		int r = ids.random().nextInt(100);
		for (int k = 0; k < KIND_WEIGHTS.length; k++) {
			r -= KIND_WEIGHTS[k];
			if (r < 0) {
				return k;
			}
		}
		return 0;
	}
}
