package org.campuscareers.bench;

import java.util.List;
import java.util.Map;
import org.campuscareers.employer.Industry;

/**
 * The words generated data is built from: names, organisations, roles, fields of study and the
 * sentences of postings, resumes and questions, in Chinese and English as a Chinese university's
 * career center sees them.
 */
final class Vocabulary {

    private Vocabulary() {}

    /** A Chinese word with its pinyin (for e-mail addresses) or English counterpart. */
    record Pair(String zh, String en) {}

    static List<Pair> pairs(String... zhThenEn) {
        Pair[] pairs = new Pair[zhThenEn.length / 2];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new Pair(zhThenEn[2 * i], zhThenEn[2 * i + 1]);
        }
        return List.of(pairs);
    }

    // Most common surnames first: pickers skew towards the front of the list.
    static final List<Pair> SURNAMES = pairs(
            "王", "wang", "李", "li", "张", "zhang", "刘", "liu", "陈", "chen", "杨", "yang", "赵", "zhao", "黄", "huang", "周",
            "zhou", "吴", "wu", "徐", "xu", "孙", "sun", "胡", "hu", "朱", "zhu", "高", "gao", "林", "lin", "何", "he", "郭",
            "guo", "马", "ma", "罗", "luo", "梁", "liang", "宋", "song", "郑", "zheng", "谢", "xie", "韩", "han", "唐", "tang",
            "冯", "feng", "于", "yu", "董", "dong", "萧", "xiao", "程", "cheng", "曹", "cao", "袁", "yuan", "邓", "deng", "许",
            "xu", "傅", "fu", "沈", "shen", "曾", "zeng", "彭", "peng", "吕", "lv", "苏", "su", "卢", "lu", "蒋", "jiang", "蔡",
            "cai", "贾", "jia", "丁", "ding", "魏", "wei", "薛", "xue", "叶", "ye", "阎", "yan", "欧阳", "ouyang", "司马",
            "sima");

    static final List<Pair> GIVEN = pairs(
            "伟", "wei", "芳", "fang", "娜", "na", "敏", "min", "静", "jing", "丽", "li", "强", "qiang", "磊", "lei", "军",
            "jun", "洋", "yang", "勇", "yong", "艳", "yan", "杰", "jie", "娟", "juan", "涛", "tao", "明", "ming", "超", "chao",
            "秀", "xiu", "霞", "xia", "平", "ping", "刚", "gang", "桂", "gui", "子", "zi", "涵", "han", "浩", "hao", "宇", "yu",
            "轩", "xuan", "欣", "xin", "怡", "yi", "梓", "zi", "萱", "xuan", "晨", "chen", "雨", "yu", "思", "si", "博", "bo",
            "文", "wen", "嘉", "jia", "佳", "jia", "一", "yi", "然", "ran", "睿", "rui", "泽", "ze", "诗", "shi", "琪", "qi",
            "昊", "hao", "天", "tian", "若", "ruo", "彤", "tong", "逸", "yi", "航", "hang", "哲", "zhe", "悦", "yue", "瑶",
            "yao", "鑫", "xin", "凯", "kai", "婷", "ting", "晓", "xiao", "俊", "jun");

    static final List<String> FIRST_NAMES = List.of(
            "Emma", "Liam", "Olivia", "Noah", "Sophia", "Lucas", "Amelia", "Ethan", "Mia", "Daniel", "Hannah", "Samuel",
            "Aisha", "Omar", "Yuki", "Kenji", "Minji", "Arjun", "Priya", "Ivan", "Anna", "Mateo", "Sofia", "Lukas",
            "Chloe", "David", "Fatima", "Nguyen", "Linh", "Ahmed");

    static final List<String> LAST_NAMES = List.of(
            "Smith",
            "Johnson",
            "Brown",
            "Garcia",
            "Müller",
            "Schmidt",
            "Rossi",
            "Dubois",
            "Kim",
            "Park",
            "Tanaka",
            "Sato",
            "Sharma",
            "Patel",
            "Ivanova",
            "Novak",
            "Silva",
            "Khan",
            "Tran",
            "Wilson",
            "O'Brien",
            "Andersson",
            "Kowalski",
            "Haddad",
            "Mensah");

    static final List<String> MAIL_DOMAINS = List.of(
            "stu.example.edu.cn",
            "stu.example.edu.cn",
            "mail.example.edu.cn",
            "163.com",
            "qq.com",
            "outlook.com",
            "gmail.com");

    static final List<Pair> REGIONS = pairs(
            "北京",
            "Beijing",
            "上海",
            "Shanghai",
            "深圳",
            "Shenzhen",
            "广州",
            "Guangzhou",
            "杭州",
            "Hangzhou",
            "南京",
            "Nanjing",
            "成都",
            "Chengdu",
            "武汉",
            "Wuhan",
            "西安",
            "Xi'an",
            "苏州",
            "Suzhou",
            "天津",
            "Tianjin",
            "重庆",
            "Chongqing",
            "合肥",
            "Hefei",
            "长沙",
            "Changsha",
            "青岛",
            "Qingdao",
            "厦门",
            "Xiamen",
            "云南",
            "Yunnan",
            "贵州",
            "Guizhou",
            "甘肃",
            "Gansu",
            "新疆",
            "Xinjiang",
            "西藏",
            "Tibet",
            "宁夏",
            "Ningxia",
            "香港",
            "Hong Kong",
            "新加坡",
            "Singapore",
            "日内瓦",
            "Geneva",
            "纽约",
            "New York",
            "曼谷",
            "Bangkok",
            "内罗毕",
            "Nairobi",
            "维也纳",
            "Vienna");

    static final List<String> PROVINCES = List.of(
            "云南省",
            "贵州省",
            "甘肃省",
            "四川省",
            "浙江省",
            "江苏省",
            "广东省",
            "河南省",
            "湖北省",
            "陕西省",
            "青海省",
            "西藏自治区",
            "新疆维吾尔自治区",
            "宁夏回族自治区",
            "北京市",
            "上海市");

    static final List<String> AGENCIES = List.of(
            "乡村振兴局",
            "人力资源和社会保障厅",
            "科学技术厅",
            "生态环境厅",
            "教育厅",
            "发展和改革委员会",
            "农业农村厅",
            "卫生健康委员会",
            "商务厅",
            "统计局",
            "团委",
            "选调生工作办公室");

    static final List<String> BRAND_HEAD = List.of(
            "华", "中", "新", "星", "天", "云", "海", "博", "智", "远", "恒", "瑞", "腾", "景", "东", "北", "金", "国", "启", "鼎", "创",
            "联", "安", "光");
    static final List<String> BRAND_TAIL = List.of(
            "辰", "科", "信", "达", "航", "睿", "泰", "源", "通", "宇", "峰", "盛", "川", "明", "图", "数", "芯", "合", "域", "岳", "驰",
            "微", "澜", "衡");

    static final Map<Industry, List<String>> COMPANY_WORD = Map.ofEntries(
            Map.entry(Industry.INTERNET, List.of("智能科技有限公司", "网络技术有限公司", "信息技术有限公司", "数据科技股份有限公司")),
            Map.entry(Industry.FINANCE, List.of("证券股份有限公司", "资本管理有限公司", "基金管理有限公司", "银行股份有限公司")),
            Map.entry(Industry.EDUCATION, List.of("教育科技有限公司", "外国语学校", "教育集团")),
            Map.entry(Industry.BIOMEDICINE, List.of("生物医药有限公司", "制药股份有限公司", "医疗器械有限公司")),
            Map.entry(Industry.DEFENSE, List.of("电子研究所", "装备技术有限公司")),
            Map.entry(Industry.AEROSPACE, List.of("航天动力研究所", "航空科技有限公司", "卫星技术有限公司")),
            Map.entry(Industry.MANUFACTURING, List.of("精密制造有限公司", "汽车股份有限公司", "新材料有限公司", "化工有限公司")),
            Map.entry(Industry.ENERGY, List.of("新能源有限公司", "电力集团有限公司", "石油化工股份有限公司", "储能科技有限公司")),
            Map.entry(Industry.GOVERNMENT, List.of("城市建设投资集团", "公共服务中心")),
            Map.entry(Industry.RESEARCH, List.of("研究院有限公司", "技术研究院")),
            Map.entry(Industry.CONSULTING, List.of("管理咨询有限公司", "会计师事务所", "律师事务所")),
            Map.entry(Industry.OTHER, List.of("文化传媒有限公司", "商贸有限公司", "物流有限公司")));

    static final List<String> BRAND_EN = List.of(
            "Northwind",
            "Harbor",
            "Bluepeak",
            "Lattice",
            "Meridian",
            "Summit",
            "Evergreen",
            "Quantum",
            "Silverline",
            "Cedar",
            "Orion",
            "Atlas",
            "Beacon",
            "Crescent",
            "Pioneer",
            "Keystone");
    static final Map<Industry, List<String>> COMPANY_WORD_EN = Map.ofEntries(
            Map.entry(Industry.INTERNET, List.of("Technologies", "Software Ltd.", "Data Inc.", "AI Labs")),
            Map.entry(Industry.FINANCE, List.of("Capital Partners", "Securities", "Asset Management")),
            Map.entry(Industry.EDUCATION, List.of("Learning", "Education Group")),
            Map.entry(Industry.BIOMEDICINE, List.of("Biosciences", "Pharmaceuticals", "Medical")),
            Map.entry(Industry.DEFENSE, List.of("Systems", "Electronics")),
            Map.entry(Industry.AEROSPACE, List.of("Aerospace", "Space Systems")),
            Map.entry(Industry.MANUFACTURING, List.of("Manufacturing", "Materials", "Automotive")),
            Map.entry(Industry.ENERGY, List.of("Energy", "Power", "Renewables")),
            Map.entry(Industry.GOVERNMENT, List.of("Public Services")),
            Map.entry(Industry.RESEARCH, List.of("Research Institute", "Labs")),
            Map.entry(Industry.CONSULTING, List.of("Consulting", "Advisory", "& Associates")),
            Map.entry(Industry.OTHER, List.of("Media", "Trading", "Logistics")));

    static final List<Pair> FIELDS = pairs(
            "化学",
            "Chemistry",
            "有机化学",
            "Organic Chemistry",
            "材料科学",
            "Materials Science",
            "计算生物学",
            "Computational Biology",
            "人工智能",
            "Artificial Intelligence",
            "凝聚态物理",
            "Condensed Matter Physics",
            "环境科学",
            "Environmental Science",
            "经济学",
            "Economics",
            "社会学",
            "Sociology",
            "历史学",
            "History",
            "分子生物学",
            "Molecular Biology",
            "机器人",
            "Robotics",
            "量子信息",
            "Quantum Information",
            "公共卫生",
            "Public Health",
            "自然语言处理",
            "Natural Language Processing",
            "催化化学",
            "Catalysis",
            "能源材料",
            "Energy Materials",
            "认知神经科学",
            "Cognitive Neuroscience");

    static final List<String> LAB_WORD = List.of("课题组", "实验室", "研究中心", "重点实验室");

    static final List<String> INTERNATIONAL = List.of(
            "联合国开发计划署",
            "United Nations Development Programme",
            "联合国儿童基金会",
            "UNICEF",
            "世界卫生组织",
            "World Health Organization",
            "联合国教科文组织",
            "UNESCO",
            "世界银行",
            "World Bank Group",
            "亚洲开发银行",
            "Asian Development Bank",
            "国际劳工组织",
            "International Labour Organization",
            "联合国环境规划署",
            "UN Environment Programme",
            "世界知识产权组织",
            "WIPO",
            "国际原子能机构",
            "IAEA",
            "亚洲基础设施投资银行",
            "Asian Infrastructure Investment Bank");
    static final List<String> IO_OFFICES =
            List.of("驻华代表处", "亚太区域办事处", " Beijing Office", " Regional Office for Asia", "总部", " Headquarters");

    static final List<String> CAMPUS_UNITS = List.of(
            "学校图书馆",
            "研究生院",
            "信息化办公室",
            "化学学院",
            "物理学院",
            "学生就业指导中心",
            "校医院",
            "国际合作部",
            "档案馆",
            "校团委",
            "教务部",
            "博物馆",
            "计算中心",
            "出版社");
    static final List<String> CAMPUSES = List.of("", "", "（本部）", "（东校区）", "（医学部）", "（深圳研究生院）");

    static final List<String> NONPROFITS = List.of("公益基金会", "志愿者协会", "发展研究中心", "社会工作服务中心", "乡村教育促进会");

    /** Roles by posting kind and, for full-time and internship posts, by industry. */
    static final Map<Industry, List<Pair>> ROLES = Map.ofEntries(
            Map.entry(
                    Industry.INTERNET,
                    pairs(
                            "软件工程师",
                            "Software Engineer",
                            "后端开发工程师",
                            "Backend Engineer",
                            "算法工程师",
                            "Algorithm Engineer",
                            "前端开发工程师",
                            "Frontend Engineer",
                            "产品经理",
                            "Product Manager",
                            "数据分析师",
                            "Data Analyst",
                            "测试开发工程师",
                            "QA Engineer",
                            "运维开发工程师",
                            "Site Reliability Engineer",
                            "用户研究员",
                            "UX Researcher",
                            "大模型训练工程师",
                            "LLM Training Engineer")),
            Map.entry(
                    Industry.FINANCE,
                    pairs(
                            "投资银行分析师",
                            "Investment Banking Analyst",
                            "行业研究员",
                            "Equity Research Analyst",
                            "风险管理专员",
                            "Risk Analyst",
                            "量化研究员",
                            "Quantitative Researcher",
                            "管理培训生",
                            "Management Trainee",
                            "数据分析师",
                            "Data Analyst")),
            Map.entry(
                    Industry.EDUCATION,
                    pairs(
                            "高中数学教师",
                            "Mathematics Teacher",
                            "英语教师",
                            "English Teacher",
                            "课程研发专员",
                            "Curriculum Developer",
                            "教务管理专员",
                            "Academic Affairs Officer")),
            Map.entry(
                    Industry.BIOMEDICINE,
                    pairs(
                            "药物化学研究员",
                            "Medicinal Chemist",
                            "临床研究助理",
                            "Clinical Research Associate",
                            "生物信息工程师",
                            "Bioinformatics Engineer",
                            "质量控制专员",
                            "QC Specialist",
                            "注册专员",
                            "Regulatory Affairs Specialist")),
            Map.entry(
                    Industry.DEFENSE,
                    pairs(
                            "电子工程师",
                            "Electronics Engineer",
                            "嵌入式软件工程师",
                            "Embedded Software Engineer",
                            "系统工程师",
                            "Systems Engineer")),
            Map.entry(
                    Industry.AEROSPACE,
                    pairs(
                            "发动机设计工程师",
                            "Propulsion Engineer",
                            "结构工程师",
                            "Structural Engineer",
                            "飞行控制工程师",
                            "Flight Control Engineer",
                            "卫星总体设计师",
                            "Satellite Systems Engineer")),
            Map.entry(
                    Industry.MANUFACTURING,
                    pairs(
                            "工艺工程师",
                            "Process Engineer",
                            "化学工程师",
                            "Chemical Engineer",
                            "质量工程师",
                            "Quality Engineer",
                            "供应链管理培训生",
                            "Supply Chain Trainee",
                            "机械设计工程师",
                            "Mechanical Engineer")),
            Map.entry(
                    Industry.ENERGY,
                    pairs(
                            "电气工程师",
                            "Electrical Engineer",
                            "储能电池研发工程师",
                            "Battery R&D Engineer",
                            "化工工艺工程师",
                            "Chemical Process Engineer",
                            "新能源项目经理",
                            "Renewables Project Manager")),
            Map.entry(
                    Industry.GOVERNMENT,
                    pairs(
                            "选调生",
                            "Civil Service Trainee",
                            "政策研究员",
                            "Policy Researcher",
                            "综合管理岗",
                            "General Administration Officer")),
            Map.entry(
                    Industry.RESEARCH,
                    pairs(
                            "研究员",
                            "Researcher",
                            "博士后",
                            "Postdoctoral Fellow",
                            "实验技术员",
                            "Lab Technician",
                            "数据科学家",
                            "Data Scientist")),
            Map.entry(
                    Industry.CONSULTING,
                    pairs("咨询顾问", "Consultant", "审计师", "Auditor", "商业分析师", "Business Analyst", "律师助理", "Paralegal")),
            Map.entry(
                    Industry.OTHER,
                    pairs(
                            "新媒体运营",
                            "Social Media Specialist",
                            "项目专员",
                            "Project Officer",
                            "行政专员",
                            "Administrative Officer",
                            "物流规划专员",
                            "Logistics Planner")));

    static final List<Pair> GRASSROOTS_ROLES = pairs(
            "基层实践岗（乡村振兴）",
            "Rural Revitalisation Placement",
            "社区治理助理",
            "Community Governance Assistant",
            "县域经济调研员",
            "County Economy Fieldworker",
            "支教志愿者",
            "Volunteer Teacher",
            "乡镇综合办助理",
            "Township Office Assistant");
    static final List<Pair> IO_ROLES = pairs(
            "项目实习生",
            "Programme Intern",
            "传播实习生",
            "Communications Intern",
            "政策研究实习生",
            "Policy Research Intern",
            "数据与监测实习生",
            "Data and Monitoring Intern",
            "人力资源实习生",
            "Human Resources Intern");
    static final List<Pair> CAMPUS_ROLES = pairs(
            "图书馆助理",
            "Library Assistant",
            "助管",
            "Office Assistant",
            "实验室安全助理",
            "Lab Safety Assistant",
            "就业指导中心学生助理",
            "Career Center Student Assistant",
            "新媒体助理",
            "Media Assistant",
            "助教",
            "Teaching Assistant");

    static final List<String> DUTIES_ZH = List.of(
            "负责核心模块的设计与开发",
            "参与需求分析与方案评审",
            "整理实验数据并撰写报告",
            "协助开展合成实验与样品表征",
            "开展文献调研，撰写综述",
            "维护数据分析流程与可视化看板",
            "参与项目立项与进度管理",
            "对接合作方，组织会议与活动",
            "撰写政策简报与调研报告",
            "参与基层走访与数据采集",
            "编写技术文档与测试用例",
            "协助导师指导本科生实验",
            "参与市场调研与竞品分析",
            "负责公众号与短视频内容运营");
    static final List<String> DUTIES_EN = List.of(
            "Design and build core services.",
            "Analyse data and present findings to the team.",
            "Run experiments and keep a careful lab notebook.",
            "Write literature reviews and research summaries.",
            "Support programme monitoring and evaluation.",
            "Prepare briefings for partners and senior staff.",
            "Write tests and improve reliability.",
            "Work with stakeholders across departments.",
            "Build dashboards and data pipelines.",
            "Coordinate events and outreach.");
    static final List<String> REQUIREMENTS_ZH = List.of(
            "熟悉 Java、Python 或 Go 中的一种",
            "具备扎实的实验基础",
            "英语流利，可作为工作语言",
            "有良好的沟通能力和团队合作精神",
            "能够吃苦耐劳，适应基层工作环境",
            "熟练使用 Excel、SQL 和 Tableau",
            "有相关实习经历者优先",
            "每周至少实习四天，持续三个月以上",
            "中共党员或学生干部优先",
            "有论文发表者优先",
            "熟悉机器学习常用算法");
    static final List<String> REQUIREMENTS_EN = List.of(
            "Fluent English; a second UN language is an asset.",
            "Strong analytical skills and attention to detail.",
            "Experience with Python or R.",
            "Able to work independently in a multicultural team.",
            "Available at least four days a week.",
            "Background in chemistry, biology or a related field.",
            "Knowledge of SQL and data visualisation.");
    static final List<String> BENEFITS_ZH =
            List.of("提供五险一金与补充医疗保险", "提供住房补贴和人才公寓", "导师一对一指导", "弹性工作制", "提供餐补和交通补贴", "表现优秀者可转正", "可开具实习证明", "协助办理落户");

    static final List<String> REVIEW_REASONS = List.of(
            "岗位描述不完整，请补充工作地点与薪资范围。",
            "薪资信息与岗位类型不符，请核实。",
            "The description contains contact details outside the platform; please remove them.",
            "请提供单位营业执照或合作协议。",
            "Duplicate of an existing posting.");
    static final List<String> EMPLOYER_REASONS = List.of(
            "未能提供有效的统一社会信用代码。", "单位信息与工商登记不一致。", "Complaints from students about undisclosed fees.", "暂停合作：存在违规收费行为。");

    /** Colleges and their majors: a graduate's major and the majors a posting asks for. */
    static final Map<String, List<String>> COLLEGES = Map.ofEntries(
            Map.entry("信息科学技术学院", List.of("计算机科学与技术", "软件工程", "电子信息工程", "人工智能", "数据科学与大数据技术")),
            Map.entry("化学与分子工程学院", List.of("化学", "应用化学", "化学生物学", "材料化学")),
            Map.entry("物理学院", List.of("物理学", "天文学", "大气科学")),
            Map.entry("工学院", List.of("机械工程", "航空航天工程", "能源与环境系统工程", "材料科学与工程")),
            Map.entry("经济学院", List.of("经济学", "金融学", "国际经济与贸易")),
            Map.entry("光华管理学院", List.of("工商管理", "会计学", "市场营销")),
            Map.entry("生命科学学院", List.of("生物科学", "生物技术", "生态学")),
            Map.entry("公共卫生学院", List.of("预防医学", "卫生事业管理")),
            Map.entry("外国语学院", List.of("英语", "日语", "法语", "翻译")),
            Map.entry("国际关系学院", List.of("国际政治", "外交学", "国际组织与全球治理")),
            Map.entry("社会学系", List.of("社会学", "社会工作")),
            Map.entry("环境科学与工程学院", List.of("环境科学", "环境工程")));

    static final List<String> COLLEGE_NAMES =
            COLLEGES.keySet().stream().sorted().toList();

    static final List<String> SCHOOLS = List.of(
            "北京大学",
            "清华大学",
            "复旦大学",
            "浙江大学",
            "南京大学",
            "武汉大学",
            "中山大学",
            "四川大学",
            "西安交通大学",
            "兰州大学",
            "云南大学",
            "National University of Singapore",
            "University of Edinburgh",
            "University of Tokyo",
            "Universität Heidelberg");

    static final List<String> SKILLS = List.of(
            "Java",
            "Python",
            "Go",
            "SQL",
            "PostgreSQL",
            "React",
            "TypeScript",
            "机器学习",
            "深度学习",
            "数据分析",
            "Excel",
            "Tableau",
            "SPSS",
            "Stata",
            "R",
            "有机合成",
            "核磁共振",
            "HPLC",
            "MATLAB",
            "SolidWorks",
            "AutoCAD",
            "英语六级",
            "雅思 7.5",
            "TOEFL 105",
            "法语 DELF B2",
            "公文写作",
            "新媒体运营",
            "项目管理",
            "Kubernetes",
            "Linux",
            "PyTorch",
            "LaTeX",
            "PCR",
            "细胞培养");

    static final List<String> QUESTIONS_ZH = List.of(
            "请问%s岗位的工作地点可以选择吗？",
            "%s需要什么样的实习经历？",
            "应届生入职后有导师带吗？",
            "请问笔试考什么内容？",
            "非相关专业可以投递%s吗？",
            "今年的招聘人数大概是多少？",
            "请问有没有落户指标？",
            "面试一共有几轮？",
            "%s的薪资结构是怎样的？",
            "博士可以申请%s吗？",
            "实习转正的比例高吗？",
            "请问海外留学生可以申请吗？",
            "工作强度怎么样，加班多吗？",
            "可以远程办公吗？");
    static final List<String> QUESTIONS_EN = List.of(
            "Is there visa sponsorship for the %s role?",
            "What does a typical day look like as a %s?",
            "How many interview rounds are there?",
            "Do you accept applicants from non-STEM majors?",
            "Is the internship paid?",
            "Can international students apply for %s?",
            "What is the team's tech stack?");
    static final List<String> ANSWERS = List.of(
            "可以的，入职前可以填写意向城市，我们会尽量满足。",
            "一般是两轮业务面试加一轮HR面。",
            "有的，每位新人都会配一位导师，为期一年。",
            "Yes, we sponsor work visas for all full-time roles.",
            "笔试主要考察专业基础和逻辑能力，题目在线完成。",
            "The internship is paid monthly, with a housing allowance.",
            "欢迎各专业同学投递，我们更看重学习能力。",
            "今年计划招聘约50人，欢迎投递。");

    static final List<String> COVER_LETTERS = List.of(
            "您好，我对贵单位的%s岗位非常感兴趣，附上简历，期待您的回复。",
            "Dear hiring team, I am excited to apply for the %s position. My coursework and internships have prepared me well.",
            "本人专业对口，有相关项目经历，希望获得%s的面试机会。",
            "I would love to bring my research experience to the %s role.");
    static final List<String> TRANSITION_NOTES = List.of(
            "简历已查看",
            "一面安排在下周三下午",
            "二面通过",
            "Offer letter sent",
            "岗位已招满",
            "Not a match for this role at this time",
            "已收到其他offer",
            "Accepted, looking forward to joining!");
}
