// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Studio;

/** A large production of the given number of scenes, for load, save and matching benchmarks. */
public final class SyntheticProduction {
	/** Element names a breakdown of a Chongqing period drama might hold, by category key: Chinese, English or both. */
	private static final Map<String, String[]> NAMES = Map.of(
			"props", new String[] { "怀表", "pocket watch", "皮箱 leather suitcase", "旧报纸", "煤油灯", "oil lamp", "算盘 abacus", "留声机", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
					"盖碗茶具", "油纸伞 umbrella", "钢笔", "礼帽 fedora", "相机", "搪瓷杯", "收音机 radio", "毛笔", "折扇", "灯笼", "长嘴铜壶 copper kettle", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
					"密码本 code book", "望远镜 binoculars", "手机", "公文包" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"wardrobe", new String[] { "长衫", "灰色长衫", "旗袍", "red qipao", "中山装", "呢子大衣 wool overcoat", "学生装", "军装", "黄包车夫短褂", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					"西装马甲", "cheongsam", "Mao suit", "马褂", "警服 police uniform", "白衬衫" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"vehicles", new String[] { "黄包车 rickshaw", "老爷车", "木船", "警用卡车 police truck", "bicycle", "马车" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"weapons", new String[] { "驳壳枪 Mauser pistol", "步枪", "匕首 dagger", "腰刀", "猎枪" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"set-dressing", new String[] { "八仙桌", "竹椅 bamboo chair", "柜台", "广告招贴", "雕花屏风", "花瓶", "太师椅" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"sfx", new String[] { "雨 rain", "烟雾 smoke", "爆炸 explosion", "探照灯 searchlights" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"sound", new String[] { "防空警报 air-raid siren", "山歌 folk song", "汽笛 ship's horn" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"makeup", new String[] { "伤痕 bruises", "血迹 blood", "白发 grey hair" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private SyntheticProduction() {
	}

	/** A name for the n-th element of a category: the category's names in turn, then again for another character. */
	private static String name(String category, int n, int e) {
		String[] names = NAMES.get(category);
		if (names == null) {
			return category + " " + e; //$NON-NLS-1$
		}
		String base = names[n % names.length];
		return n < names.length ? base : base + " (CHARACTER " + (1 + n / names.length) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Builds it: about 20 paragraphs a scene, 40 cast, 400 tagged elements, a board of strips and days. */
	public static Production create(int scenes, Studio studio, long seed) {
		SeededIds ids = new SeededIds(seed);
		Production p = NewProduction.create("Benchmark " + scenes, studio); //$NON-NLS-1$
		p.setStartDate(Date.from(LocalDate.of(2027, 5, 3).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		Breakdown b = p.getBreakdown();
		for (int c = 1; c <= 40; c++) {
			CastMember cast = BreakdownFactory.eINSTANCE.createCastMember();
			cast.setId(ids.uuid());
			cast.setCastNumber(c);
			cast.setName("CHARACTER " + c); //$NON-NLS-1$
			cast.setCategory(b.getCategories().get(0));
			b.getElements().add(cast);
		}
		Map<String, Integer> perCategory = new HashMap<>();
		for (int e = 0; e < 400; e++) {
			Element el = BreakdownFactory.eINSTANCE.createElement();
			el.setId(ids.uuid());
			el.setCategory(b.getCategories().get(1 + e % (b.getCategories().size() - 1)));
			int n = perCategory.merge(el.getCategory().getKey(), 1, Integer::sum) - 1;
			el.setName(name(el.getCategory().getKey(), n, e));
			b.getElements().add(el);
		}
		Schedule board = p.getActiveSchedule();
		for (int s = 1; s <= scenes; s++) {
			Scene scene = ScriptFactory.eINSTANCE.createScene();
			scene.setId(ids.uuid());
			scene.setNumber(Integer.toString(s));
			scene.setIntExt(s % 3 == 0 ? IntExt.EXT : IntExt.INT);
			scene.setTimeOfDay(s % 4 == 0 ? TimeOfDay.NIGHT : TimeOfDay.DAY);
			scene.setSetName("SET " + (s % 37)); //$NON-NLS-1$
			scene.setHeading((scene.getIntExt() == IntExt.EXT ? "EXT. " : "INT. ") + scene.getSetName() + " - " + scene.getTimeOfDay()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			scene.setEighths(ids.between(2, 20));
			for (int k = 0; k < 20; k++) {
				Paragraph par = ScriptFactory.eINSTANCE.createParagraph();
				par.setType(k % 3 == 0 ? ParagraphType.ACTION : k % 3 == 1 ? ParagraphType.CHARACTER : ParagraphType.DIALOGUE);
				par.setText("Line " + k + " of scene " + s + ": the quick brown fox jumps over the lazy dog."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				scene.getParagraphs().add(par);
			}
			p.getScript().getScenes().add(scene);
			for (int k = 0; k < 3; k++) {
				ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
				o.setScene(scene);
				o.setParagraph(scene.getParagraphs().get(k * 3));
				o.setConfirmed(true);
				b.getElements().get(ids.random().nextInt(b.getElements().size())).getOccurrences().add(o);
			}
			Strip strip = ScheduleFactory.eINSTANCE.createStrip();
			strip.setScene(scene);
			board.getItems().add(strip);
			if (s % 8 == 0) {
				ShootDay day = ScheduleFactory.eINSTANCE.createShootDay();
				day.setId(ids.uuid());
				day.setDayNumber(s / 8);
				board.getItems().add(day);
			}
		}
		return p;
	}
}
