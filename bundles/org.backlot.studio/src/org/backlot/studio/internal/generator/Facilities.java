// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.backlot.lighting.api.FixtureTypes;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioResource;

/** The base's stages, listed locations, lamps and the authorities it deals with. */
final class Facilities {
	private static final StudioFactory F = StudioFactory.eINSTANCE;

	/** Area m², height m, LED wall width × height m (0 for none), power kW. */
	private static final double[][] STAGES = { { 5000, 22, 0, 0, 3000 }, { 3000, 18, 45, 8, 2000 }, { 2400, 16, 0, 0, 1600 },
			{ 2000, 16, 0, 0, 1500 }, { 1800, 15, 30, 7, 1400 }, { 1600, 14, 0, 0, 1200 }, { 1500, 14, 0, 0, 1200 },
			{ 1200, 13, 0, 0, 1000 }, { 1000, 12, 20, 6, 900 }, { 800, 12, 0, 0, 800 }, { 800, 12, 0, 0, 800 }, { 600, 10, 0, 0, 600 } };

	private Facilities() {
	}

	static void stages(Studio s, SeededIds ids) {
		for (int i = 0; i < STAGES.length; i++) {
			double[] d = STAGES[i];
			Stage st = F.createStage();
			st.setId(ids.uuid());
			st.setNumber(i + 1);
			st.setName((d[2] > 0 ? "LED Stage " : "Stage ") + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$
			st.setNameZh((i + 1) + (d[2] > 0 ? "号 LED 虚拟摄影棚" : "号摄影棚")); //$NON-NLS-1$ //$NON-NLS-2$
			st.setAreaM2(d[0]);
			st.setHeightM(d[1]);
			st.setLedVolume(d[2] > 0);
			st.setLedWallWidthM(d[2]);
			st.setLedWallHeightM(d[3]);
			st.setPowerKw(d[4]);
			s.getStages().add(st);
		}
	}

	/** name, 中文, address, lat, lon, public?, parking, hospital, R = a road or street with traffic, L = a park, scenic area or landmark. */
	private static final String[][] LOCATIONS = {
			{ "Old Street, Ciqikou", "磁器口老街", "Ciqikou, Shapingba District", "29.5790", "106.4480", "P", "Ciqikou coach park", "Shapingba District People's Hospital", "L" },
			{ "Chaotianmen Wharf", "朝天门码头", "Chaotianmen, Yuzhong District", "29.5646", "106.5866", "P", "Chaotianmen Square car park", "Chongqing Emergency Medical Center", "" },
			{ "Jiefangbei Square", "解放碑广场", "Jiefangbei, Yuzhong District", "29.5575", "106.5774", "P", "Jiefangbei underground car park", "Chongqing Emergency Medical Center", "" },
			{ "Hongyadong", "洪崖洞", "Jialingjiang Binjiang Road, Yuzhong District", "29.5627", "106.5791", "P", "Hongyadong car park", "Chongqing Emergency Medical Center", "L" },
			{ "Yangtze River Cableway", "长江索道", "Xinhua Road, Yuzhong District", "29.5558", "106.5866", "P", "Xinhua Road street parking", "Chongqing Emergency Medical Center", "L" },
			{ "Eling Park", "鹅岭公园", "Eling, Yuzhong District", "29.5530", "106.5370", "P", "Eling Park north gate", "Chongqing Medical University First Hospital", "L" },
			{ "Shibati Steps", "十八梯", "Shibati, Yuzhong District", "29.5517", "106.5748", "P", "Jiaochangkou car park", "Chongqing Emergency Medical Center", "R" },
			{ "Huguang Guild Hall", "湖广会馆", "Dongshuimen, Yuzhong District", "29.5614", "106.5886", "P", "Guild Hall car park", "Chongqing Emergency Medical Center", "L" },
			{ "Nanshan Viewpoint", "南山一棵树观景台", "Nanshan, Nan'an District", "29.5493", "106.6095", "P", "Viewpoint car park", "Nan'an District People's Hospital", "L" },
			{ "Yongchuan Tea Hills", "永川茶山竹海", "Yongchuan District", "29.4360", "105.9210", "P", "Scenic area car park", "Yongchuan District People's Hospital", "L" },
			{ "Songji Ancient Town", "松溉古镇", "Songji, Yongchuan District", "29.1960", "105.8860", "P", "Town gate car park", "Yongchuan District People's Hospital", "L" },
			{ "Yongchuan Station Square", "永川东站广场", "Yongchuan East Station", "29.3780", "105.9420", "P", "Station car park", "Yongchuan District People's Hospital", "" },
			{ "Riverside Expressway", "滨江路", "Binjiang Road, Yongchuan District", "29.3560", "105.9270", "P", "Lay-by at km 3", "Yongchuan District People's Hospital", "R" },
			{ "Old Textile Mill", "老纺织厂", "Industrial Zone, Yongchuan District", "29.3400", "105.9010", "R", "Factory yard", "Yongchuan District People's Hospital", "" },
			{ "Lao Wang's Tea House", "老王茶馆", "Zhongshan Road, Yongchuan District", "29.3550", "105.8940", "R", "Back lane, 6 vehicles", "Yongchuan District People's Hospital", "" },
			{ "Hillside Villa", "半山别墅", "Phoenix Hill, Yongchuan District", "29.3690", "105.9130", "R", "Driveway, 10 vehicles", "Yongchuan District People's Hospital", "" },
			{ "Night Market", "夜市街", "Xinglong Street, Yongchuan District", "29.3520", "105.8990", "P", "Street parking after 22:00", "Yongchuan District People's Hospital", "R" },
			{ "Mountain Road", "盘山公路", "Huangguashan, Yongchuan District", "29.4120", "105.8700", "P", "Passing place at bend 7", "Yongchuan District People's Hospital", "R" } };

	static void locations(Studio s, SeededIds ids) {
		for (String[] d : LOCATIONS) {
			Location l = F.createLocation();
			l.setId(ids.uuid());
			l.setName(d[0]);
			l.setNameZh(d[1]);
			l.setAddress(d[2]);
			l.setLatitude(Double.parseDouble(d[3]));
			l.setLongitude(Double.parseDouble(d[4]));
			l.setType(d[5].equals("P") ? LocationType.PUBLIC : LocationType.PRIVATE); //$NON-NLS-1$
			l.setOwner(d[5].equals("P") ? "District government" : "Private owner"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			l.setParking(d[6]);
			l.setNearestHospital(d[7]);
			l.setRoad(d[8].contains("R")); //$NON-NLS-1$
			l.setLandmark(d[8].contains("L")); //$NON-NLS-1$
			l.getPanoramas().add("panoramas/" + d[0].toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".jpg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			site(l, SITES[s.getLocations().size()]);
			s.getLocations().add(l);
		}
	}

	/** Per location (in the order above): base camp, power, then pinned notes as yaw|pitch|text. */
	private static final String[][] SITES = {
			{ "Ciqikou coach park, 30 m from the old gate: 8 trucks, 2 honeywagons", "Shop mains 3x63 A at No. 12; generator in the coach park",
					"-40|-8|Old gate: keep the tourist path open 古镇入口：保持游客通道畅通", "75|-12|Generator here, cable along the gutter 发电机位置", "160|2|Sun sets over the roofs at 18:20 日落方向" },
			{ "Chaotianmen Square, east side: 12 trucks", "No mains on the steps; 200 kVA generator on the square",
					"0|-5|River edge: safety boat and spotters 江边：安全船与观察员", "-90|-10|Base camp across the square 基地营位置", "120|8|Cableway cars cross here 索道经过" },
			{ "Underground car park level B2 (height 2.2 m: no trucks)", "Street cabinet 3x100 A by the monument (district office key)",
					"0|12|Liberation Monument clock 解放碑钟楼", "-70|-6|Pedestrian flow: marshals needed 人流：需要安保", "95|-15|Cabinet for power 配电柜" },
			{ "Hongyadong car park, level 3: 6 trucks", "In-house supply 3x125 A at the service lift",
					"30|20|Lit facade after 19:00 夜景灯光19:00后开启", "-100|-10|Service lift for gear 货梯", "180|-20|River road: no parking 滨江路禁止停车" },
			{ "Xinhua Road lay-by: 4 trucks (permit)", "Station supply 3x32 A only; bring a generator",
					"0|25|Cable car arrives every 10 minutes 缆车每10分钟一班", "-45|-8|Queue area: keep clear 排队区", "90|-12|Generator on the lay-by 发电机位置" },
			{ "North gate car park: 10 trucks", "Park supply at the tea house 3x63 A",
					"-30|5|View over the city 城市全景", "60|-10|Tea house power 茶室电源", "150|-5|Narrow path: handcarts only 小路仅限手推车" },
			{ "Jiaochangkou car park: 6 trucks", "Shops' mains only; generator at Jiaochangkou",
					"0|-25|Steps down: 180 of them 台阶约180级", "-80|-5|Residents' doors: keep clear 居民出入口", "100|10|Washing lines: ask before moving 晾衣绳先询问" },
			{ "Guild Hall car park: 8 trucks", "Hall supply 3x100 A in the east yard",
					"0|15|Stage of the guild hall 会馆戏台", "-60|-10|Heritage floor: no stands without mats 文物地面需铺垫", "110|-8|East yard power 东院电源" },
			{ "Viewpoint car park: 10 trucks", "No mains; 100 kVA generator in the car park",
					"0|-3|Skyline at dusk 黄昏天际线", "-120|-10|Car park and base camp 停车场与基地营", "70|-15|Railing: keep crew behind it 护栏后作业" },
			{ "Scenic area car park: 20 trucks", "Visitor centre 3x125 A",
					"0|-5|Tea rows, pickers at 07:00 茶园采茶07:00", "-90|-10|Visitor centre power 游客中心电源", "135|10|Bamboo sea ridge 竹海山脊" },
			{ "Town gate car park: 12 trucks", "Town supply 3x63 A at the gate house",
					"0|-10|River steps 河边石阶", "-50|5|Old theatre 古戏台", "80|-12|Gate house power 门楼电源" },
			{ "Station car park, section C: 15 trucks", "Station supply by arrangement; generator in section C",
					"0|5|Station clock 车站钟", "-100|-10|Taxi rank: keep open 出租车候车区", "60|-8|Section C base camp C区基地营" },
			{ "Lay-by at km 3: 6 trucks", "No mains; generator in the lay-by",
					"0|-5|Traffic both ways: police escort 双向交通需交警", "-90|-10|Lay-by base camp 停靠区基地营", "180|-5|Bridge at km 4 四公里大桥" },
			{ "Factory yard: 25 trucks", "Factory substation 3x400 A (caretaker has the key)",
					"0|10|Saw-tooth roof light 锯齿形屋顶采光", "-70|-10|Substation 变电站", "120|-15|Loose floor plates 地板松动" },
			{ "Back lane: 2 trucks, unit base at the school yard", "House supply 3x32 A; generator in the back lane",
					"0|-5|Counter and stove 柜台与炉灶", "-110|-10|Back lane door 后巷门", "70|10|Skylight: tent it for night 天窗夜戏需遮挡" },
			{ "Driveway: 4 trucks, base at the club house", "House supply 3x63 A in the garage",
					"0|0|Terrace view 露台景观", "-60|-10|Garage power 车库电源", "140|-5|Neighbours: quiet after 22:00 22:00后保持安静" },
			{ "Xinglong Street school yard after 22:00: 8 trucks", "Stalls' supply; generator in the school yard",
					"0|-5|Food stalls from 18:00 小吃摊18:00开始", "-90|5|Neon signs 霓虹灯牌", "90|-10|School yard base camp 学校操场基地营" },
			{ "Passing place at bend 7: 3 trucks", "No mains; small generator only",
					"0|-8|Bend 7: camera car start 七号弯：拍摄车起点", "-45|-5|Drop: barrier needed 陡坡需护栏", "120|10|Valley view 山谷景观" } };

	private static void site(Location l, String[] site) {
		l.setBaseCamp(site[0]);
		l.setPower(site[1]);
		for (int i = 2; i < site.length; i++) {
			String[] p = site[i].split("\\|", 3); //$NON-NLS-1$
			PanoramaPin pin = F.createPanoramaPin();
			pin.setPanorama(l.getPanoramas().get(0));
			pin.setYaw(Double.parseDouble(p[0]));
			pin.setPitch(Double.parseDouble(p[1]));
			pin.setText(p[2]);
			l.getPins().add(pin);
		}
	}

	/** name, kind, watts, peak candela, beam°, field°, CCT, soft w, soft h, stock. */
	private static final Object[][] FIXTURES = {
			{ "Tungsten Fresnel 650 W", FixtureKind.FRESNEL_TUNGSTEN, 650, 6000, 30, 50, 3200, 0.0, 0.0, 20 },
			{ "Tungsten Fresnel 1 kW", FixtureKind.FRESNEL_TUNGSTEN, 1000, 12000, 30, 50, 3200, 0.0, 0.0, 30 },
			{ "Tungsten Fresnel 2 kW", FixtureKind.FRESNEL_TUNGSTEN, 2000, 26000, 30, 50, 3200, 0.0, 0.0, 24 },
			{ "Tungsten Fresnel 5 kW", FixtureKind.FRESNEL_TUNGSTEN, 5000, 70000, 30, 50, 3200, 0.0, 0.0, 12 },
			{ "Tungsten Fresnel 10 kW", FixtureKind.FRESNEL_TUNGSTEN, 10000, 150000, 30, 50, 3200, 0.0, 0.0, 6 },
			{ "HMI Fresnel 1.2 kW", FixtureKind.FRESNEL_HMI, 1200, 60000, 30, 50, 5600, 0.0, 0.0, 16 },
			{ "HMI Fresnel 2.5 kW", FixtureKind.FRESNEL_HMI, 2500, 130000, 30, 50, 5600, 0.0, 0.0, 12 },
			{ "HMI Fresnel 4 kW", FixtureKind.FRESNEL_HMI, 4000, 220000, 30, 50, 5600, 0.0, 0.0, 8 },
			{ "HMI Fresnel 6 kW", FixtureKind.FRESNEL_HMI, 6000, 340000, 30, 50, 5600, 0.0, 0.0, 6 },
			{ "HMI Fresnel 12 kW", FixtureKind.FRESNEL_HMI, 12000, 700000, 30, 50, 5600, 0.0, 0.0, 4 },
			{ "HMI Fresnel 18 kW", FixtureKind.FRESNEL_HMI, 18000, 1100000, 30, 50, 5600, 0.0, 0.0, 2 },
			{ "LED panel 1x1", FixtureKind.LED_PANEL, 100, 2500, 50, 90, 5600, 0.3, 0.3, 40 },
			{ "LED panel 2x1", FixtureKind.LED_PANEL, 200, 5000, 50, 90, 5600, 0.6, 0.3, 30 },
			{ "LED soft panel 60 (sky panel)", FixtureKind.SKY_PANEL, 450, 9000, 105, 140, 5600, 0.65, 0.3, 16 },
			{ "LED tube 1.2 m", FixtureKind.LED_TUBE, 30, 600, 100, 160, 5600, 1.2, 0.04, 48 },
			{ "Soft box 1.2 m", FixtureKind.SOFTBOX, 1000, 3500, 90, 140, 3200, 1.2, 1.2, 10 },
			{ "Book light 2.4 m", FixtureKind.BOOK_LIGHT, 2000, 4000, 110, 160, 5600, 2.4, 2.4, 6 },
			{ "PAR 1.2 kW", FixtureKind.PAR, 1200, 250000, 10, 24, 5600, 0.0, 0.0, 12 },
			{ "Ellipsoidal 750 W 26°", FixtureKind.ELLIPSOIDAL, 750, 45000, 20, 26, 3200, 0.0, 0.0, 16 },
			{ "Practical lamp 60 W", FixtureKind.PRACTICAL, 60, 70, 160, 300, 2700, 0.2, 0.2, 40 } };

	static void fixtures(Studio s, SeededIds ids) {
		for (Object[] d : FIXTURES) {
			FixtureType t = FixtureTypes.of((String) d[0], (FixtureKind) d[1], num(d[2]), num(d[3]), num(d[4]), num(d[5]), num(d[6]), num(d[7]), num(d[8]));
			t.setId(ids.uuid());
			FixtureTypes.stock(s, t, (Integer) d[9]);
		}
	}

	private static double num(Object o) {
		return ((Number) o).doubleValue();
	}

	/**
	 * kind, rule id (the contributed authority), English, 中文, lead days, target days, documents this base's offices
	 * ask for beyond the authority's own list.
	 */
	private static final Object[][] AUTHORITIES = {
			{ AuthorityKind.POLICE, "org.backlot.permits.police", "Public Security Bureau", "公安局", 5, 3, "Security plan" },
			{ AuthorityKind.TRAFFIC_POLICE, "org.backlot.permits.traffic", "Traffic Police Brigade", "交警大队", 5, 3, "Vehicle list" },
			{ AuthorityKind.CULTURE_TOURISM, "org.backlot.permits.culture", "Culture and Tourism Bureau", "文化和旅游局", 7, 3, "" },
			{ AuthorityKind.FIRE, "org.backlot.permits.fire", "Fire and Rescue Department", "消防救援支队", 5, 3, "" },
			{ AuthorityKind.URBAN_MANAGEMENT, "org.backlot.permits.urban", "Urban Management Bureau", "城市管理局", 3, 3, "" },
			{ AuthorityKind.CIVIL_AVIATION, "org.backlot.permits.aviation", "Civil Aviation Authority (drones)", "民航管理部门（无人机）", 7, 3, "" },
			{ AuthorityKind.PARKS_LANDMARKS, "org.backlot.permits.parks", "Parks and Landmarks Office", "园林和景区管理处", 5, 3, "" } };

	static void authorities(Studio s, SeededIds ids) {
		for (Object[] d : AUTHORITIES) {
			Authority a = PermitsFactory.eINSTANCE.createAuthority();
			a.setId(ids.uuid());
			a.setKind((AuthorityKind) d[0]);
			a.setRuleId((String) d[1]);
			a.setName((String) d[2]);
			a.setNameZh((String) d[3]);
			a.setLeadTimeDays((Integer) d[4]);
			a.setTargetDays((Integer) d[5]);
			if (!((String) d[6]).isEmpty()) {
				a.getRequiredDocuments().add((String) d[6]);
			}
			s.getAuthorities().add(a);
		}
	}
	/** Other productions' bookings of shared stages and locations in spring 2027 (the sample's scheduler must work around them). */
	static void bookings(Studio s, SeededIds ids) {
		Object[][] data = { { "S3", "红灯笼 Red Lanterns", "2027-03-15", "2027-03-17", BookingStatus.CONFIRMED },
				{ "S2", "红灯笼 Red Lanterns", "2027-03-01", "2027-03-03", BookingStatus.CONFIRMED },
				{ "LChaotianmen Wharf", "山城往事 Mountain City Stories", "2027-03-04", "2027-03-04", BookingStatus.CONFIRMED },
				{ "S6", "山城往事 Mountain City Stories", "2027-03-08", "2027-03-12", BookingStatus.TENTATIVE } };
		for (Object[] d : data) {
			String where = (String) d[0];
			StudioResource r = where.startsWith("S") ? s.getStages().get(Integer.parseInt(where.substring(1)) - 1) //$NON-NLS-1$
					: s.getLocations().stream().filter(l -> l.getName().equals(where.substring(1))).findFirst().orElseThrow();
			Booking b = StudioFactory.eINSTANCE.createBooking();
			b.setId(ids.uuid());
			b.setResource(r);
			b.setProductionId(ids.uuid());
			b.setProductionTitle((String) d[1]);
			b.setFrom(date((String) d[2]));
			b.setTo(date((String) d[3]));
			b.setStatus((BookingStatus) d[4]);
			b.setQuantity(1);
			s.getBookings().add(b);
		}
	}

	private static Date date(String iso) {
		return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
