namespace SmartRecruiters.Simulator.Data.Generation;

/// <summary>The vocabulary generated accounts are made of.</summary>
internal static class Pools
{
    public static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Chloé", "Dawid", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kasia", "Liam",
        "Maria", "Nikolai", "Olivia", "Pedro", "Quinn", "Rosa", "Sven", "Tomasz", "Uma", "Victor", "Wen", "Ximena",
        "Yusuf", "Zoë", "Amara", "Bruno", "Camille", "Diego", "Emma", "Felix", "Gabriel", "Hannah", "Ivan", "Julia",
    ];

    public static readonly string[] LastNames =
    [
        "Nowak", "Smith", "García", "Müller", "Rossi", "Dubois", "Kowalski", "Tanaka", "Okafor", "Johansson",
        "O'Brien", "Silva", "Novak", "Lee", "Martin", "Van der Berg", "Fischer", "Moreau", "Kim", "Schmidt",
        "Ivanova", "Hughes", "Costa", "Nielsen", "Lopez", "Wiśniewski", "Ahmed", "Jensen", "Brown", "Rahman",
    ];

    public static readonly (string Country, string Code, string Region, string RegionCode, string City, string Postal, double Lat, double Lng)[] Places =
    [
        ("Poland", "pl", "Lesser Poland", "12", "Kraków", "30-001", 50.06, 19.94),
        ("Poland", "pl", "Masovia", "14", "Warsaw", "00-001", 52.23, 21.01),
        ("United States", "us", "California", "ca", "San Francisco", "94105", 37.77, -122.42),
        ("United States", "us", "New York", "ny", "New York", "10001", 40.71, -74.01),
        ("Germany", "de", "Berlin", "be", "Berlin", "10115", 52.52, 13.40),
        ("France", "fr", "Île-de-France", "idf", "Paris", "75001", 48.86, 2.35),
        ("United Kingdom", "gb", "England", "eng", "London", "EC1A 1BB", 51.51, -0.13),
        ("Spain", "es", "Catalonia", "ct", "Barcelona", "08001", 41.39, 2.17),
    ];

    public static readonly string[] JobTitles =
    [
        "Java Developer", "Senior Backend Engineer", "Product Designer", "Data Analyst", "Account Executive",
        "Customer Success Manager", "HR Business Partner", "DevOps Engineer", "QA Engineer", "Marketing Manager",
        "Financial Controller", "Office Manager", "Site Reliability Engineer", "Recruiter", "Sales Development Representative",
    ];

    public static readonly string[] Departments =
        ["Engineering", "Product", "Design", "Sales", "Marketing", "Finance", "People", "Operations"];

    /// <summary>Employment types: ids that map plainly, and one custom id whose label must be used.</summary>
    public static readonly (string Id, string Label)[] EmploymentTypes =
    [
        ("permanent", "Full-time"), ("part-time", "Part-time"), ("contract", "Contract"), ("intern", "Internship"),
        ("temporary", "Temporary"), ("seasonal", "Seasonal"), ("5c8e2f1a9b", "Freelance"),
    ];

    public static readonly (string Id, string Label)[] Functions =
        [("engineering", "Engineering"), ("design", "Design"), ("sales", "Sales"), ("finance", "Finance"), ("human_resources", "Human Resources")];

    public static readonly (string Id, string Label)[] Industries =
        [("computer_software", "Computer Software"), ("internet", "Internet"), ("financial_services", "Financial Services")];

    public static readonly (string Id, string Label)[] ExperienceLevels =
        [("entry_level", "Entry Level"), ("associate", "Associate"), ("mid_senior_level", "Mid-Senior Level"), ("director", "Director")];

    /// <summary>Tags, including spellings that differ only by case.</summary>
    public static readonly string[] Tags =
        ["java", "Java", "JAVA", "python", "remote", "Remote", "fluent english", "referral", "senior", "relocation", "c#", "C#"];

    public static readonly string[] Sources = ["LinkedIn", "Indeed", "Company website", "Referral", "API", "Glassdoor"];

    public static readonly string[] CustomHiringTeamRoles = ["BAR_RAISER", "Sourcing Partner"];

    public static readonly string[] InterviewTypes = ["Phone", "Video", "Onsite", "Technical", "Culture fit"];

    public static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark Industries"];
}
