"""Regression tests for the thirty-fourth round's rules, each on a page composed for it (all names made up)."""

from __future__ import annotations

from pagekit import LIBRARY, by_lead, column, page, split

import newsseg

# A temple's report and its notices, as a text export prints them: one paragraph a line.
_SUTRA_CLASS = [
    "為讓孩子在暑假期間親近經典、培養品德，本宮於七月開辦兒童讀經班，每週六上午由志工老師帶領誦讀三字經與弟子規。",
    "結業當天，小朋友們一一上台背誦，家長們看著孩子的成長，臉上都露出欣慰的笑容。",
]
_FESTIVAL = [
    "本宮於農曆七月十五日舉行中元普度法會，由主任委員吳振坤率領委員及信眾恭讀疏文，祈求合境平安、風調雨順。",
    "法會當天共有三百餘位信眾參加，義工團隊清晨五點即到場布置供桌，並準備平安餐與大眾結緣。",
]


def _titles(pg: newsseg.Page) -> list[str | None]:
    return [a.headline.title if a.headline else None for a in pg.articles]


def test_a_temple_bulletins_issue_line_and_its_republic_date_are_its_masthead() -> None:
    # 龍溪宮訊 第158期 over 中華民國一一三年八月一日 at the head of a text export: the bulletin's name, number and date,
    # furniture, and the first story's title is only its own line
    pg = split(page("龍溪宮訊　第158期", "中華民國一一三年八月一日", "本宮中元普度法會圓滿", *_FESTIVAL))
    assert [r.text.replace(" ", "").replace("\u3000", "") for r in pg.residue] == [
        "龍溪宮訊第158期",
        "中華民國一一三年八月一日",
    ]
    (festival,) = pg.articles
    assert festival.headline is not None
    assert (festival.headline.kicker, festival.headline.title, festival.headline.subtitle) == (
        None,
        "本宮中元普度法會圓滿",
        None,
    )
    assert list(festival.paragraphs) == _FESTIVAL


def test_a_notice_signed_with_jinqi_and_dated_in_the_republics_years_closes_on_both_lines() -> None:
    # 某某宮管理委員會 主任委員 某某 謹啟 / 中華民國一一三年七月二十日 under a temple's call for volunteers: the
    # notice's last two paragraphs, nothing of it left over
    call = (
        "本宮為籌備九月重陽敬老活動，誠徵熱心義工協助場地布置、長者接送及餐點分送，有意者請於八月底前向本宮服務台登記。"
    )
    text = page(
        "本宮中元普度法會圓滿",
        *_FESTIVAL,
        "徵求義工啟事",
        call,
        "龍溪宮管理委員會　主任委員　吳振坤　謹啟",
        "中華民國一一三年七月二十日",
    )
    pg = split(text)
    assert _titles(pg) == ["本宮中元普度法會圓滿", "徵求義工啟事"]
    notice = by_lead(pg, "本宮為籌備九月重陽")
    assert [p.replace(" ", "").replace("\u3000", "") for p in notice.paragraphs] == [
        call,
        "龍溪宮管理委員會主任委員吳振坤謹啟",
        "中華民國一一三年七月二十日",
    ]
    assert pg.residue == ()


def test_a_wire_storys_editor_line_with_big5s_vertical_colon_closes_it_and_keeps_the_colon() -> None:
    # a page converted from Big5 keeps the vertical form ︰ for the colon, pdftotext -raw at 20 cells: the editor's
    # line （編輯︰某某）1130731 closes each 中央社 story all the same, so the second story's title heads it instead of
    # running on at the end of the first; the colon comes out as printed
    text = page(
        "高齡駕駛免費體檢 即日受理",
        "（中央社記者林佳蓉台北31日電）交通部",
        "今天宣布，即日起開放民眾線上申請高齡駕駛",
        "人免費體檢，預計約十萬名長者受惠。",
        "交通部表示，申請人可至各監理站洽詢；",
        "詳情請撥服務專線︰0800-123-456。",
        "（編輯︰陳怡君）1130731",
        "台中市圖新館開館",
        "（中央社記者王志明台中31日電）台中市",
        "立圖書館新館今天正式開館，設有少兒閱覽區",
        "與古籍修復室，可同時容納一千五百名讀者。",
        "（編輯︰張雅婷）1130731",
    )
    pg = split(text)
    assert _titles(pg) == ["高齡駕駛免費體檢 即日受理", "台中市圖新館開館"]
    assert [list(a.paragraphs) for a in pg.articles] == [
        [
            "（中央社記者林佳蓉台北31日電）交通部今天宣布，即日起開放民眾線上申請高齡駕駛人免費體檢，預計約十萬名長者受惠。",
            "交通部表示，申請人可至各監理站洽詢；詳情請撥服務專線︰0800-123-456。（編輯︰陳怡君）1130731",
        ],
        [
            "（中央社記者王志明台中31日電）台中市立圖書館新館今天正式開館，設有少兒閱覽區與古籍修復室，"
            "可同時容納一千五百名讀者。（編輯︰張雅婷）1130731"
        ],
    ]


def test_on_a_text_export_a_wire_storys_editor_line_is_its_last_paragraph_not_the_next_title() -> None:
    # one paragraph a line: the 中央社 story's （編輯：某某）1130731 on a line of its own is the story's last
    # paragraph; the essay under it has its own title line and 文／ byline
    story = [
        "（中央社記者黃詩涵高雄31日電）受颱風外圍環流影響，高雄及屏東山區今天午後降下豪雨，部分路段出現落石，"
        "公路局已派員搶修，預計傍晚前恢復雙向通行。",
        "公路局提醒，山區道路視線不佳，用路人應減速慢行，並隨時留意最新路況資訊，必要時請暫緩上山。",
    ]
    essay = [
        "每到暑假，總有不少家庭帶著孩子到溪邊戲水消暑。然而山區午後常有雷陣雨，上游一下大雨，溪水可能在幾分鐘內暴漲。",
        "戲水前務必查詢天氣預報，看到溪水變混濁或聽到上游傳來轟隆聲，就要立刻上岸遠離溪床。",
    ]
    text = page(
        "颱風外圍環流影響 南部山區豪雨",
        *story,
        "（編輯：陳怡君）1130731",
        "夏日到溪邊 小心暴漲溪水",
        "文／鄭文雄",
        *essay,
    )
    pg = split(text)
    assert _titles(pg) == ["颱風外圍環流影響 南部山區豪雨", "夏日到溪邊 小心暴漲溪水"]
    assert [list(a.paragraphs) for a in pg.articles] == [
        [*story, "（編輯：陳怡君）1130731"],
        ["文／鄭文雄", *essay],
    ]


def test_a_writers_byline_with_a_desk_or_a_standing_before_the_name_names_the_writer() -> None:
    # 文／宮務組 某某 and 文／信女 某某 under their titles: the writer is the dateline's reporter, the desk or the
    # standing dropped, and no source printed; 文／本报评论员 names nobody
    faith = [
        "去年冬天，家父在外地工作時突然病倒，全家人心急如焚。我每天到宮裡向媽祖祈求，希望父親能早日康復、平安回家。",
        "如今父親身體已經痊癒，我特地寫下這段經歷，感謝媽祖庇佑，也感謝一路幫助我們的親友。",
    ]
    editorial = [
        "一座城市的温度，往往藏在那些不起眼的角落里。社区书屋的灯光、街角长椅上的报纸，都在诉说着这座城市对阅读的珍视。",
        "让阅读成为习惯，需要更多这样触手可及的空间。期待更多的书香角落走进街巷，走进每一个普通人的日常生活。",
    ]
    text = page(
        "本宮舉辦暑期兒童讀經班",
        "文／宮務組 陳靜宜",
        *_SUTRA_CLASS,
        "媽祖保佑 平安返鄉",
        "文／信女 蔡美鳳",
        *faith,
        "让书香浸润城市的每个角落",
        "文／本报评论员",
        *editorial,
    )
    pg = split(text)
    sutra, thanks = by_lead(pg, "文／宮務組"), by_lead(pg, "文／信女")
    assert list(sutra.paragraphs) == ["文／宮務組 陳靜宜", *_SUTRA_CLASS]
    assert sutra.dateline is not None and (sutra.dateline.source, sutra.dateline.reporters) == (None, ("陳靜宜",))
    assert list(thanks.paragraphs) == ["文／信女 蔡美鳳", *faith]
    assert thanks.dateline is not None and (thanks.dateline.source, thanks.dateline.reporters) == (None, ("蔡美鳳",))
    assert by_lead(pg, "一座城市的温度").dateline is None


def test_on_a_text_export_a_photo_pieces_phrased_title_heads_it_over_its_caption() -> None:
    # after a finished story: 義工培訓 歡喜結緣 (two phrases, a space between) / 圖為….（宮務組 攝） / the piece's
    # text: a piece of its own under that title, the caption its photo's
    caption = "圖為新進義工在資深義工帶領下練習引導香客參拜。（宮務組 攝）"
    training = (
        "本宮於八月三日舉辦新進義工培訓，共有四十餘位信眾報名參加，課程內容包括宮廟禮儀、香客服務及緊急救護常識。"
    )
    pg = split(page("本宮舉辦暑期兒童讀經班", *_SUTRA_CLASS, "義工培訓 歡喜結緣", caption, training))
    assert _titles(pg) == ["本宮舉辦暑期兒童讀經班", "義工培訓 歡喜結緣"]
    assert [list(a.paragraphs) for a in pg.articles] == [_SUTRA_CLASS, [training]]
    assert [list(a.captions) for a in pg.articles] == [[], [caption]]
    assert pg.residue == ()


def test_an_ocr_bylines_spaced_reporter_word_is_a_byline_not_a_subtitle() -> None:
    # OCR blocks with ASCII punctuation: 文/图 本报记 者 某某 (the engine's space inside 记者) under the title is the
    # piece's byline, its first paragraph, naming the reporter
    blocks = [
        "山村小学来了支教老师",
        "文/图 本报记 者 宋嘉禾",
        "9月1日清晨,青石岭村小学的操场上响起\n了久违的读书声,今年秋季学期有三名师范\n大学毕业生来到这所只有二十多名学生的\n村小支教.",
        '"孩子们特别渴望学英语和美术."支教老\n师林晓雯说,她准备利用课余时间组建一\n个兴趣小组,让山里娃也能接触更多新鲜\n事物.',
    ]
    (school,) = split("\n\n".join(blocks) + "\n").articles
    assert school.headline is not None
    assert (school.headline.kicker, school.headline.title, school.headline.subtitle) == (
        None,
        "山村小学来了支教老师",
        None,
    )
    assert school.paragraphs[0] == "文/图 本报记 者 宋嘉禾"
    assert school.paragraphs[1].startswith("9月1日清晨")
    assert school.dateline is not None and school.dateline.reporters == ("宋嘉禾",)


def test_a_notice_under_a_two_line_title_opening_on_its_addressees_follows_a_feature() -> None:
    # a feature's last paragraph, then 关于开展冬季安全生产 / 大检查的通知 / 各单位： / the notice's text: a piece
    # of its own, its title the two lines, its addressees its first paragraph
    feature = [
        "走进炼钢厂二号转炉车间，热浪扑面而来。班长郑国强正带着徒弟查看炉前设备，他在这里一干就是二十三年。",
        "“安全生产这根弦，一刻也不能松。”郑国强说，入冬以后设备检查更要细致，每天交接班前，他都要把点检表逐项核对。",
    ]
    notice = [
        "为切实做好冬季安全生产工作，有效防范各类事故发生，经公司研究，决定自12月1日起在全公司范围内开展冬季安全生产大检查。",
        "各单位要高度重视，成立检查小组，对照检查内容逐项排查，于12月20日前将检查情况报安全环保部。",
    ]
    text = page(
        "炉火旁的“老班长”",
        column(feature, 16),
        "关于开展冬季安全生产",
        "大检查的通知",
        "各单位：",
        column(notice, 16),
    )
    pg = split(text)
    assert _titles(pg) == ["炉火旁的“老班长”", "关于开展冬季安全生产大检查的通知"]
    assert [list(a.paragraphs) for a in pg.articles] == [feature, ["各单位：", *notice]]


def test_a_letter_spaced_briefs_box_holds_a_credited_brief_a_bylined_one_and_a_dated_item() -> None:
    # 简 讯 over three briefs: 本报讯 11月15日，…。（某某） takes its reporter from the closing credit; the next
    # opens on its byline; an item opening on its date after them is a brief of its own; the safety slogan at the
    # page's foot is furniture, no brief's title
    story = [
        "本报讯（记者 韩冬梅）11月14日，公司召开四季度安全生产推进会，总结前三季度安全工作，部署年末岁初重点任务。",
        "会议要求，各单位要紧盯冬季防寒防冻、煤气防护等关键环节，扎实开展隐患排查治理，确保全年安全生产目标实现。",
    ]
    briefs = [
        "本报讯 11月15日，炼铁厂举办高炉炉前工技能比武，来自四个作业区的二十名选手同台竞技，"
        "三人获评“技术能手”。（孙莉）",
        "本报讯（通讯员 周涛）近日，能源中心组织开展煤气泄漏应急演练，检验了岗位人员的应急处置能力。",
        "11月18日，轧钢厂开展冬季消防器材专项检查，对发现的六处问题当场督促整改。",
    ]
    slogan = "安全警示：进入煤气区域必须携带一氧化碳报警仪"
    pg = split(page("公司部署四季度安全生产工作", column(story, 16), "简 讯", column(briefs, 16), slogan))
    assert [list(a.paragraphs) for a in pg.articles] == [story, *[[b] for b in briefs]]
    contest = by_lead(pg, "本报讯 11月15日")
    assert contest.dateline is not None and contest.dateline.reporters == ("孙莉",)
    assert slogan in [r.text for r in pg.residue]
    assert slogan not in _titles(pg)


def test_a_notices_issuer_and_date_under_its_contact_line_at_the_pages_foot_close_it() -> None:
    # pdftotext -raw: 联系电话：… / the organising committee / 2024 年 5 月 17 日 as the page's last lines: the
    # notice's signature, no leftovers
    notice = [
        "为丰富市民业余文化生活，市第五届全民健身运动会定于6月8日开幕，设篮球、乒乓球、象棋、广场舞等十个比赛项目。",
        "凡本市常住居民均可报名参赛，报名截止时间为5月31日。",
    ]
    text = page(
        "市图书馆新馆正式开放",
        column(LIBRARY, 16),
        "关于第五届全民健身运动会报名的公告",
        column(notice, 16),
        "联系电话：5531 2260",
        "青川市全民健身运动会组委会",
        "2024 年 5 月 17 日",
    )
    pg = split(text)
    assert _titles(pg) == ["市图书馆新馆正式开放", "关于第五届全民健身运动会报名的公告"]
    games = by_lead(pg, "为丰富市民业余文化生活")
    assert [p.replace(" ", "") for p in games.paragraphs[-3:]] == [
        "联系电话：55312260",
        "青川市全民健身运动会组委会",
        "2024年5月17日",
    ]
    assert pg.residue == ()


def test_a_briefs_title_as_wide_as_a_narrow_column_over_what_the_reporter_learnt_heads_the_brief() -> None:
    # pdftotext -raw, a box of titled briefs at 14 cells set flush: 两名女排小将入选国青集训名单 fills the measure,
    # no mark in it, over 记者从市体育局获悉，…: the brief's title, not its first words; a dateline on a line of its
    # own over such a lead, 本报讯（记者 某某 通讯员 某某）, stays the start of its paragraph
    volleyball = ["记者从市体育局获悉，我市排球运动学校的林雨桐、苏晓涵入选国家青年女排集训名单，将于下月赴京报到。"]
    swimming = ["本报讯 5月16日，市青少年游泳锦标赛在市体育中心落幕，共有来自二十所学校的三百余名选手参赛。"]
    walk = "记者从市总工会获悉，全市职工健步走活动将于6月1日启动，持续至9月底。"
    text = page(
        "市图书馆新馆正式开放",
        column(LIBRARY, 14),
        "体坛快讯",
        "两名女排小将入选国青集训名单",
        column(volleyball, 14, indent="none"),
        "青少年游泳赛落幕",
        column(swimming, 14, indent="none"),
        "职工健步走下月启动",
        "本报讯（记者 何丽 通讯员 庄伟）",
        column([walk], 14, indent="none"),
    )
    pg = split(text)
    assert _titles(pg) == [
        "市图书馆新馆正式开放",
        "两名女排小将入选国青集训名单",
        "青少年游泳赛落幕",
        "职工健步走下月启动",
    ]
    assert list(by_lead(pg, "记者从市体育局获悉").paragraphs) == volleyball
    fitness = by_lead(pg, "本报讯（记者 何丽")
    assert list(fitness.paragraphs) == ["本报讯（记者 何丽 通讯员 庄伟）" + walk]


def test_photo_news_printed_text_first_takes_its_title_from_over_a_briefs_label() -> None:
    # pdftotext -raw sports page: a feature, its title after its text; a photo news piece text first, 5月18日，…邀请
    # 赛。 / （某某 摄） / 龙舟竞渡 迎端午; the box's label 体坛速递; the first brief's title over its dated lead
    feature = [
        "清晨六点，体校训练馆里已经响起了篮球撞击地板的声音。十六岁的周子航正在加练投篮，每天五百个，雷打不动。",
        "教练马建军说，这个孩子身体条件一般，但肯吃苦，去年还入选了省少年队集训名单。",
    ]
    photo = "5月18日，十八支龙舟队在东湖水域展开角逐，这是端午节前我市规模最大的一次龙舟邀请赛。"
    brief = ["晚报讯（记者 方晴）5月19日，市青少年乒乓球锦标赛在市体育馆落下帷幕，共决出十二个项目的冠军。"]
    text = page(
        column(feature, 16),
        "体校少年的篮球梦",
        column([photo], 16, indent="none"),
        "（陈乐 摄）",
        "龙舟竞渡 迎端午",
        "体坛速递",
        "市青少年乒乓球锦标赛落幕",
        column(brief, 16),
    )
    pg = split(text)
    assert _titles(pg) == ["体校少年的篮球梦", "龙舟竞渡 迎端午", "市青少年乒乓球锦标赛落幕"]
    assert [list(a.paragraphs) for a in pg.articles] == [feature, [photo + "（陈乐 摄）"], brief]
    assert pg.articles[2].headline is not None and pg.articles[2].headline.kicker is None
    assert [r.text for r in pg.residue] == ["体坛速递"]


def test_a_supplements_writer_alone_under_the_essay_title_is_its_byline_and_a_notices_kind_is_not() -> None:
    # pdftotext's default output, wide lines and a blank line between blocks: 故乡的柿子树 / 李秋禾 over the essay:
    # the writer's name is the essay's first paragraph and its dateline's reporter, no subtitle; 嵐溪縣政府 / 公告
    # over a notice is its title, 公告 no writer
    essay = [
        "老家院子里有一棵柿子树，是爷爷年轻时亲手栽下的。每到深秋，叶子落尽，满树的柿子像一盏盏小灯笼挂在枝头，"
        "远远望去，整个院子都亮堂起来。",
        "小时候，我总盼着柿子早点变软。奶奶便把青柿子摘下来，一个个码在米缸里捂着，过上十来天，掀开缸盖，"
        "甜香扑鼻而来。",
        "如今爷爷奶奶都已不在了，那棵柿子树却依旧年年结果。每次回乡，我都要在树下站一会儿，仿佛又听见奶奶在唤我"
        "回家吃饭。",
    ]
    notice = [
        "本縣嵐溪橋改建工程自八月十日起施工，施工期間橋面全面封閉，往來車輛請改道省道台九線通行，不便之處，敬請見諒。"
    ]
    blocks = [
        "故乡的柿子树\n李秋禾",
        *["\n".join(column([p], 36)) for p in essay],
        "嵐溪縣政府\n公告",
        *["\n".join(column([p], 36)) for p in notice],
    ]
    persimmon, bridge = split("\n\n".join(blocks) + "\n").articles
    assert persimmon.headline is not None
    assert (persimmon.headline.title, persimmon.headline.subtitle) == ("故乡的柿子树", None)
    assert list(persimmon.paragraphs) == ["李秋禾", *essay]
    assert persimmon.dateline is not None
    assert (persimmon.dateline.source, persimmon.dateline.reporters) == (None, ("李秋禾",))
    assert bridge.headline is not None and bridge.headline.title == "嵐溪縣政府公告"
    assert list(bridge.paragraphs) == notice
    assert bridge.dateline is None or not bridge.dateline.reporters
